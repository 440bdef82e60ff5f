import { expect, test } from "vitest";
import { errorLine, probability, progressLine, readingLine } from "./text.ts";

test("a probability is never shown as a certain 100 % or an impossible 0 %", () => {
  expect(probability(0.99996)).toBe("> 99.9 %");
  expect(probability(1)).toBe("100.0 %");
  expect(probability(0.00001)).toBe("< 0.1 %");
  expect(probability(0)).toBe("0.0 %");
  expect(probability(0.4567)).toBe("45.7 %");
  expect(readingLine([0.1, 0.9, 0, 0, 0, 0, 0, 0, 0, 0], 0.973)).toBe("It reads a 1 (90.0 % sure). Model: 97.3 % held-out.");
});

test("progress names epoch, batch, loss and accuracy; a failed download is said as such", () => {
  expect(progressLine({ epoch: 2, epochs: 3, batch: 10, batches: 250, loss: 0.1234, accuracy: 0.95, heldOut: 0.961 }))
    .toBe("Training: epoch 2 of 3 · batch 10 of 250 · loss 0.123 · accuracy 95.0 % · held-out after epoch 1: 96.1 %");
  expect(errorLine("fetchDigits: GET /data/digits.bin failed with HTTP 404")).toBe("The digits file failed to load: GET /data/digits.bin failed with HTTP 404. Press Train to try again.");
  expect(errorLine("out of memory")).toMatch(/^Training failed: out of memory/);
});
