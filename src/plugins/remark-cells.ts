import { isCellFence, cellOptions, unpairedFormulas, type MdNode } from "./cell-fences.ts";

type Attribute = { type: "mdxJsxAttribute"; name: string; value: string };
type VFileLike = { path?: string; history?: string[]; fail?: (message: string) => never };

/**
 * Turns ```` ```ts cell ```` fences into `<Cell code=… id=…>` elements (the page passes the Cell
 * component to MDX) and fails the build when a display formula has no cell after it.
 */
export function remarkCells() {
  return (tree: MdNode, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? "";
    if (!path.endsWith(".mdx")) return;
    const missing = unpairedFormulas(tree);
    if (missing.length > 0) {
      const lines = missing.map((m) => `  ${path}:${m.line}  $$ ${m.formula} $$`).join("\n");
      throw new Error(`Every display formula needs a \`\`\`ts cell after it that computes it. Missing:\n${lines}`);
    }
    let index = 0;
    const convert = (parent: MdNode) => {
      for (const [i, node] of (parent.children ?? []).entries()) {
        if (!isCellFence(node)) {
          convert(node);
          continue;
        }
        const attributes: Attribute[] = [
          { type: "mdxJsxAttribute", name: "id", value: `cell-${++index}` },
          { type: "mdxJsxAttribute", name: "code", value: node.value ?? "" },
        ];
        const { timeoutMs } = cellOptions(node.meta);
        if (timeoutMs) attributes.push({ type: "mdxJsxAttribute", name: "timeout", value: String(timeoutMs) });
        parent.children![i] = { type: "mdxJsxFlowElement", name: "Cell", attributes, children: [], position: node.position } as MdNode;
      }
    };
    convert(tree);
  };
}
