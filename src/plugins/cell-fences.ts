/**
 * What makes a fenced code block a cell, and where formulas need one — shared by the remark
 * plugin (which fails the build) and the content tests (which name file and line).
 */

/** The smallest mdast shapes this file reads; remark's full types are not needed. */
export type MdNode = {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
};

export type CellOptions = { timeoutMs?: number };

/** ```` ```ts cell ```` (or `typescript cell`), with optional `timeout=30` (seconds) in the meta. */
export function isCellFence(node: MdNode): boolean {
  return node.type === "code" && (node.lang === "ts" || node.lang === "typescript") && /(^|\s)cell(\s|$)/.test(node.meta ?? "");
}

export function cellOptions(meta: string | null | undefined): CellOptions {
  const timeout = /(?:^|\s)timeout=(\d+(?:\.\d+)?)/.exec(meta ?? "");
  return timeout ? { timeoutMs: Number(timeout[1]) * 1000 } : {};
}

/**
 * Display formulas that no cell follows. A formula is paired when a cell comes after it before
 * the next display formula or heading, so each formula sits next to the code that computes it.
 */
export function unpairedFormulas(root: MdNode): { line: number; formula: string }[] {
  const missing: { line: number; formula: string }[] = [];
  let open: MdNode | null = null;
  const close = () => {
    if (open) missing.push({ line: open.position?.start.line ?? 0, formula: (open.value ?? "").trim().slice(0, 60) });
    open = null;
  };
  for (const node of root.children ?? []) {
    if (node.type === "math" || node.type === "heading") close();
    if (node.type === "math") open = node;
    else if (isCellFence(node) || (node.type === "mdxJsxFlowElement" && (node as { name?: string }).name === "Cell")) open = null;
  }
  close();
  return missing;
}
