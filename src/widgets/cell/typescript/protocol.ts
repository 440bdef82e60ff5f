import type { CompletionList, Diagnostic, Doc, QuickInfo } from "./service.ts";

/** Page → type worker. Each request carries the cell's whole code: cells are small. */
export type TsRequest =
  | { id: number; op: "completions"; cell: string; code: string; pos: number }
  | { id: number; op: "completionDoc"; cell: string; code: string; pos: number; name: string; source?: string }
  | { id: number; op: "quickInfo"; cell: string; code: string; pos: number }
  | { id: number; op: "diagnostics"; cell: string; code: string };

/** What each request answers. */
export type TsAnswers = {
  completions: CompletionList | null;
  completionDoc: Doc | null;
  quickInfo: QuickInfo | null;
  diagnostics: Diagnostic[];
};

/** Type worker → page. */
export type TsResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
