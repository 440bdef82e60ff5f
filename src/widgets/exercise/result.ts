/**
 * The words of a Check: a summary line and one item per check, passed or failed with what was
 * expected and what the code gave, or why it could not be judged.
 */
import type { CheckResult } from "~/exercises/harness.ts";
import type { Outcome } from "~/exercises/outcome.ts";
import type { CellOutput, RunResult } from "~/runtime/runner.ts";

type RunError = CellOutput & { kind: "error" };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = "") =>
  Object.assign(document.createElement(tag), { className, textContent: text });

/** Why a run that gave no verdict stopped, in words, and that it does not count. */
function brokenSummary(result: RunResult, error: RunError | null, checksFrom: number, checks: CheckResult[]): string {
  const notCounted = "This does not count as an attempt.";
  if (result.stopped === "timeout") return `Your code ran too long and was stopped${error?.line ? ` (line ${error.line})` : ""}. ${notCounted}`;
  if (result.stopped === "user") return `Stopped. ${notCounted}`;
  if (error) {
    if (error.line && error.line >= checksFrom) return `The checks could not run to the end (${error.name}: ${error.message}). Does your code define everything the exercise asks for? ${notCounted}`;
    return `Your code stopped with ${error.name}${error.line ? ` on line ${error.line}` : ""}: ${error.message}. ${notCounted}`;
  }
  if (checks.length === 0) return `No check ran. ${notCounted}`;
  return `Some checks could not be judged (see below). ${notCounted}`;
}

export function renderResult(region: HTMLElement, outcome: Outcome, result: RunResult, checks: CheckResult[], error: RunError | null, checksFrom: number): void {
  const passed = checks.filter((c) => c.status === "passed").length;
  const summary =
    outcome === "passed" ? `All ${checks.length} checks passed.`
    : outcome === "failed" ? `${passed} of ${checks.length} checks passed.`
    : brokenSummary(result, error, checksFrom, checks);
  const list = el("ul", "nn-exercise-checks");
  for (const check of checks) {
    const item = el("li", `nn-check-${check.status}`);
    const verdict = check.status === "passed" ? "Passed" : check.status === "failed" ? "Failed" : "Not judged";
    item.append(el("strong", "", `${verdict}: `), check.name);
    if (check.status === "failed") item.append(" — expected ", el("code", "", check.expected), ", got ", el("code", "", check.got));
    if (check.note) item.append(` — ${check.note}`);
    list.append(item);
  }
  region.dataset.outcome = outcome;
  region.replaceChildren(el("p", "nn-exercise-summary", summary), ...(checks.length ? [list] : []));
}

export function renderHints(list: HTMLOListElement, fromChecks: string[], given: string[]): void {
  list.replaceChildren(
    ...fromChecks.map((text) => el("li", "nn-hint-answer", `About your answer: ${text}`)),
    ...given.map((text) => el("li", "nn-hint", text)),
  );
}
