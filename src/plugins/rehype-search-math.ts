/**
 * What search indexes of a formula. KaTeX writes each formula three times — visible HTML (hidden
 * from screen readers), MathML, and the LaTeX source in an <annotation> — so Pagefind's snippets
 * showed "With CCC classes" or raw `\sum_i e^{z_i}`. Inline formulas keep their MathML text once
 * ("With C classes"); display formulas, whose flattened text reads as noise, stay out of snippets.
 */
type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

const classes = (node: HastNode): string[] => {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/\s+/) : [];
};

function ignore(node: HastNode) {
  node.properties = { ...node.properties, dataPagefindIgnore: "all" };
}

export function rehypeSearchMath() {
  const visit = (node: HastNode) => {
    const names = classes(node);
    if (names.includes("katex-display")) return ignore(node);
    if (names.includes("katex-html") || node.tagName === "annotation") return ignore(node);
    for (const child of node.children ?? []) visit(child);
  };
  return (tree: HastNode) => visit(tree);
}
