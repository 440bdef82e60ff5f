import { test, expect } from "vitest";
import { encodeAssignment, decodeAssignment } from "./assignment.ts";

test("an assignment survives its link, accents included; anything else is refused", () => {
  const assignment = { title: "Séance 1 — perceptrons", due: "2026-12-14", exercises: ["perceptron/nand-nor", "perceptron/xnor"] };
  const hash = encodeAssignment(assignment);
  expect(hash).toMatch(/^[\w-]+$/);
  expect(decodeAssignment(`#${hash}`)).toEqual(assignment);
  expect(decodeAssignment("#not-an-assignment")).toBeNull();
  const odd = encodeAssignment({ title: "x", due: "tomorrow", exercises: ["../etc", "a/b"] });
  expect(decodeAssignment(odd)).toEqual({ title: "x", due: "", exercises: ["a/b"] });
});
