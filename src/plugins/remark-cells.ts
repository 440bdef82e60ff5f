import { isCellFence, cellOptions, unpairedFormulas, type MdNode } from "./cell-fences.ts";
import { IdRegistry, authoredId, plainText, slugify } from "./stable-ids.ts";
import { chapterNumber, chapterSlug } from "./chapter-slug.ts";
import { exerciseRole, readExercise, globalId } from "../exercises/fences.ts";

type Attribute = { type: "mdxJsxAttribute"; name: string; value: string };
type VFileLike = { path?: string; history?: string[]; fail?: (message: string) => never };
type Node = MdNode & { name?: string; depth?: number; ordered?: boolean; url?: string; data?: { hProperties?: Record<string, unknown> } };

const attribute = (name: string, value: string): Attribute => ({ type: "mdxJsxAttribute", name, value });

/**
 * Turns ```` ```ts cell ```` fences into `<Cell code=… id=… label=…>` elements (the page passes the
 * Cell component to MDX), gives every cell, exercise and widget a stable id (stable-ids.ts) with a
 * label a teacher can copy ("Cell 1.4", "Exercise 1.3"), and fails the build when a display
 * formula has no cell after it or two ids collide.
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
    const folder = /([^/\\]+)[/\\]index\.mdx$/.exec(path)?.[1] ?? "";
    const chapter = Number.isFinite(chapterNumber(folder)) ? `${chapterNumber(folder)}.` : "";
    const ids = new IdRegistry();
    let section = "intro";
    let cells = 0;
    let widgets = 0;
    let exercisesNext = false;
    let graded = 0;
    const where = (node: MdNode) => `${path}:${node.position?.start.line ?? 0}`;

    /** Each graded exercise's blocks become one `<Exercise>`; its extra checks are dropped here, so they never reach the page. */
    const gradeExercises = (parent: Node) => {
      const children = parent.children ?? [];
      for (let i = 0; i < children.length; i++) {
        if (exerciseRole(children[i]) !== "starter") continue;
        const { exercise, end } = readExercise(children, i, where(children[i]));
        const id = ids.claim(`exercise-${exercise.id}-work`, where(children[i]));
        const attributes = [
          attribute("id", id),
          attribute("exercise", globalId(chapterSlug(folder), exercise.id)),
          attribute("label", `${chapter}${++graded}`),
          attribute("code", exercise.starter),
          attribute("solution", exercise.solution),
          attribute("checks", exercise.checks),
          attribute("hints", JSON.stringify(exercise.hints)),
        ];
        if (exercise.timeoutMs) attributes.push(attribute("timeout", String(exercise.timeoutMs)));
        children.splice(i, end - i, { type: "mdxJsxFlowElement", name: "Exercise", attributes, children: [], position: children[i].position } as MdNode);
      }
    };

    const convert = (parent: Node) => {
      gradeExercises(parent);
      for (const [i, node] of ((parent.children ?? []) as Node[]).entries()) {
        if (node.type === "heading") {
          section = slugify(plainText(node));
          exercisesNext = section === "exercises";
        } else if (isCellFence(node)) {
          const authored = authoredId(node.meta);
          const id = authored ? ids.claim(`cell-${authored}`, where(node)) : ids.next("cell", section, where(node));
          const attributes = [attribute("id", id), attribute("code", node.value ?? ""), attribute("label", `${chapter}${++cells}`)];
          const { timeoutMs } = cellOptions(node.meta);
          if (timeoutMs) attributes.push(attribute("timeout", String(timeoutMs)));
          parent.children![i] = { type: "mdxJsxFlowElement", name: "Cell", attributes, children: [], position: node.position } as MdNode;
        } else if (node.type === "mdxJsxFlowElement" && /^[A-Z]/.test(node.name ?? "") && node.name !== "Cell" && node.name !== "Exercise") {
          // a widget: wrapped in an anchor, so the widget's own markup need not know about ids
          const id = ids.next("widget", section, where(node));
          parent.children![i] = {
            type: "mdxJsxFlowElement",
            name: "div",
            attributes: [attribute("id", id), attribute("class", "nn-anchored"), attribute("data-label", `Figure ${chapter}${++widgets}`)],
            children: [node],
            position: node.position,
          } as MdNode;
        } else if (exercisesNext && node.type === "list" && node.ordered) {
          exercisesNext = false;
          labelExercises(node, chapter, ids, where);
          convert(node);
        } else convert(node);
      }
    };
    convert(tree);
  };
}

/** Each exercise gets `exercise-<its bold title>` and a link "Exercise 1.3" to itself. */
function labelExercises(list: Node, chapter: string, ids: IdRegistry, where: (node: MdNode) => string) {
  list.data = { ...list.data, hProperties: { ...list.data?.hProperties, className: ["nn-exercises"] } };
  for (const [n, item] of ((list.children ?? []) as Node[]).entries()) {
    const first = item.children?.[0] as Node | undefined;
    const title = first?.type === "paragraph" && first.children?.[0]?.type === "strong" ? plainText(first.children[0]) : "";
    const id = title ? ids.claim(`exercise-${slugify(title)}`, where(item)) : ids.next("exercise", "", where(item));
    item.data = { ...item.data, hProperties: { ...item.data?.hProperties, id, className: ["nn-exercise"] } };
    const label = `Exercise ${chapter}${n + 1}`;
    const link: Node = { type: "link", url: `#${id}`, children: [{ type: "text", value: label }], data: { hProperties: { className: ["nn-anchor-link"] } } };
    if (first?.type === "paragraph") first.children = [link, { type: "text", value: " " }, ...(first.children ?? [])];
  }
}
