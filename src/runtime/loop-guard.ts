import type { Node } from "acorn";
import type { Edit } from "./edits.ts";

type AnyNode = Node & Record<string, any>;
const LOOPS = new Set(["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"]);

/**
 * Edits that put `__guard(line);` at the top of every loop body, so a runaway loop stops itself
 * with the reader's line number instead of freezing the worker (or a Node test) until it is killed.
 */
export function loopGuardEdits(program: Node): Edit[] {
  const edits: Edit[] = [];
  walk(program as AnyNode, (node) => {
    if (!LOOPS.has(node.type)) return;
    const body = node.body as AnyNode;
    const call = `__guard(${node.loc!.start.line});`;
    if (body.type === "BlockStatement") edits.push({ at: body.start + 1, insert: call });
    else edits.push({ at: body.start, insert: `{${call}` }, { at: body.end, insert: "}" });
  });
  return edits;
}

export function walk(node: AnyNode, visit: (node: AnyNode) => void): void {
  visit(node);
  for (const key of Object.keys(node)) {
    if (key === "loc") continue;
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) { if (c && typeof c.type === "string") walk(c, visit); }
    else if (child && typeof child.type === "string") walk(child, visit);
  }
}
