/**
 * How an author writes a graded exercise: consecutive fenced blocks, next to the prose.
 *
 * ```` ```ts exercise=starter id=nand ```` the code the reader starts from (and the exercise's id),
 * ```` ```ts exercise=solution ```` a model answer, ```` ```ts exercise=checks ```` the checks the
 * page runs, ```` ```ts exercise=extra ```` checks kept for the teacher's re-grade (never in the
 * page), and any number of ```` ```md exercise=hint ```` blocks, shown one per press of Hint.
 *
 * The remark plugin (src/plugins/remark-cells.ts), the catalog and the grader all read exercises
 * through here, so the page and the re-grade agree on what an exercise is.
 */
import type { MdNode } from "../plugins/cell-fences.ts";

export type ExerciseRole = "starter" | "solution" | "checks" | "extra" | "hint";
const ROLES: readonly string[] = ["starter", "solution", "checks", "extra", "hint"];

/** An exercise as written: `id` is the author's, unique within its chapter. */
export type ExerciseSource = {
  id: string;
  line: number;
  starter: string;
  solution: string;
  checks: string;
  extra: string;
  hints: string[];
  timeoutMs?: number;
  /** The bold words that open the list item it stands in ("Tune λ."), if any: what a teacher picks it by. */
  title?: string;
};

export function exerciseRole(node: MdNode): ExerciseRole | null {
  if (node.type !== "code") return null;
  const role = /(?:^|\s)exercise=(\w+)/.exec(node.meta ?? "")?.[1];
  return role && ROLES.includes(role) ? (role as ExerciseRole) : null;
}

/**
 * The exercise that starts at `children[start]` (a starter fence) and the blocks after it that
 * belong to it, up to the next non-exercise node or starter. Throws, naming the line, when the
 * id, the solution or the checks are missing, or a block is repeated.
 */
export function readExercise(children: MdNode[], start: number, where: string): { exercise: ExerciseSource; end: number } {
  const first = children[start];
  const id = /(?:^|\s)id=([a-z0-9-]+)/.exec(first.meta ?? "")?.[1];
  if (!id) throw new Error(`${where}: an exercise starter needs an id of lowercase letters, digits and dashes: \`\`\`ts exercise=starter id=nand`);
  const timeout = /(?:^|\s)timeout=(\d+(?:\.\d+)?)/.exec(first.meta ?? "")?.[1];
  const exercise: ExerciseSource = { id, line: first.position?.start.line ?? 0, starter: first.value ?? "", solution: "", checks: "", extra: "", hints: [], ...(timeout ? { timeoutMs: Number(timeout) * 1000 } : {}) };
  let end = start + 1;
  for (; end < children.length; end++) {
    const role = exerciseRole(children[end]);
    if (!role || role === "starter") break;
    const value = children[end].value ?? "";
    if (role === "hint") exercise.hints.push(value.trim());
    else if (exercise[role]) throw new Error(`${where}: exercise "${id}" has two \`exercise=${role}\` blocks.`);
    else exercise[role] = value;
  }
  if (!exercise.solution || !exercise.checks) throw new Error(`${where}: exercise "${id}" needs an \`exercise=solution\` and an \`exercise=checks\` block right after its starter.`);
  return { exercise, end };
}

/** Every exercise of a parsed page, in document order. */
export function exercisesOf(tree: MdNode): ExerciseSource[] {
  const found: ExerciseSource[] = [];
  const visit = (node: MdNode, title: string | undefined) => {
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      if (exerciseRole(children[i]) === "starter") {
        const { exercise, end } = readExercise(children, i, `line ${children[i].position?.start.line ?? 0}`);
        found.push(title ? { ...exercise, title } : exercise);
        i = end - 1;
      } else visit(children[i], children[i].type === "listItem" ? openingBold(children[i]) : title);
    }
  };
  visit(tree, undefined);
  return found;
}

/** "Tune λ." from a list item that starts with **Tune λ.** (its first paragraph's first bold). */
function openingBold(item: MdNode): string | undefined {
  const first = item.children?.[0];
  const strong = first?.type === "paragraph" ? first.children?.[0] : undefined;
  if (strong?.type !== "strong") return undefined;
  const text = (n: MdNode): string => (["text", "inlineCode", "inlineMath"].includes(n.type) ? (n.value ?? "") : (n.children ?? []).map(text).join(""));
  return text(strong).trim().replace(/\.$/, "") || undefined;
}

/** The id used everywhere outside the chapter (progress, submissions, gradebook): `perceptron/nand`. */
export function globalId(chapterSlug: string, id: string): string {
  return `${chapterSlug}/${id}`;
}
