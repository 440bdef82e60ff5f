import type { Edit } from "./edits.ts";

/**
 * Maps a column the JavaScript engine reports in a transpiled cell back to the reader's column.
 * Two steps undo the two rewrites: our own edits (imports, `__show(`, `__guard(n);`), then
 * sucrase's type stripping, through the token-level source map it writes. Lines never move.
 */
export type ColumnMap = (line: number, column: number) => number;

export function columnMap(output: string, js: string, edits: Edit[], mappings: string): ColumnMap {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.at - b.edit.at || a.index - b.index);
  let segments: number[][][] | null = null;
  return (line, column) => {
    const outOffset = lineStart(output, line) + column - 1;
    // step 1: back through our edits (applied in the same order applyEdits leaves them)
    let delta = 0;
    let jsOffset = -1;
    for (const { edit } of ordered) {
      const from = edit.at + delta;
      if (outOffset < from) break;
      if (outOffset < from + edit.insert.length) {
        jsOffset = edit.at;
        break;
      }
      delta += edit.insert.length - (edit.remove ?? 0);
    }
    if (jsOffset < 0) jsOffset = outOffset - delta;
    const jsColumn = jsOffset - lineStart(js, line);
    // step 2: back through sucrase's map (columns from 0 there)
    segments ??= decodeMappings(mappings);
    const row = segments[line - 1] ?? [];
    let best: number[] | undefined;
    for (const segment of row) if (segment[0] <= jsColumn && segment.length >= 4) best = segment;
    return (best ? best[3] + (jsColumn - best[0]) : jsColumn) + 1;
  };
}

function lineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Source map v3 `mappings` as absolute [genColumn, source, srcLine, srcColumn] per generated line. */
export function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  const state = [0, 0, 0, 0];
  for (const lineText of mappings.split(";")) {
    state[0] = 0;
    const row: number[][] = [];
    for (const segmentText of lineText.split(",")) {
      if (!segmentText) continue;
      const fields = decodeVlq(segmentText);
      const segment: number[] = [];
      for (let i = 0; i < Math.min(fields.length, 4); i++) segment.push((state[i] += fields[i]));
      row.push(segment);
    }
    lines.push(row);
  }
  return lines;
}

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
