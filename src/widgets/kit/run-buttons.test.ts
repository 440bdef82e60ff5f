import { beforeEach, describe, expect, it, vi } from "vitest";
import { installDocument } from "./test-dom.ts";
import { createRunButtons } from "./run-buttons.ts";

describe("the run buttons", () => {
  beforeEach(() => void installDocument());

  it("are Play, Step and Reset; Play reads Pause while playing; a finished run keeps only Reset", () => {
    const on = { play: vi.fn(), step: vi.fn(), reset: vi.fn() };
    const run = createRunButtons(on);
    const [play, step, reset] = [...run.element.querySelectorAll("button")];
    expect([play.textContent, step.textContent, reset.textContent]).toEqual(["Play", "Step", "Reset"]);
    run.setPlaying(true);
    expect(play.textContent).toBe("Pause");
    run.setFinished(true);
    play.click();
    step.click();
    reset.click();
    expect([on.play.mock.calls.length, on.step.mock.calls.length, on.reset.mock.calls.length]).toEqual([0, 0, 1]);
    run.setFinished(false);
    step.click();
    expect(on.step).toHaveBeenCalledOnce();
  });
});
