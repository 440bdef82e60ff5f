import { describe, expect, it } from "vitest";
import { parseAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_CONFIG, race } from "./model.ts";
import { raceStatus, racerStatus } from "./text.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe("optimizer race attributes and text", () => {
  it("parseAttributes(read) and toAttributes(state) round-trip", () => {
    const attrs = { surface: "rosenbrock", start: "-1,2.5", "lr-sgd": "0.001", "lr-momentum": "0.0005", "lr-nesterov": "0.0005", "lr-rmsprop": "0.01", "lr-adam": "0.05", beta1: "0.8", beta2: "0.999", step: "42" };
    const state = parseAttributes(read(attrs));
    expect(state.config.start).toEqual([-1, 2.5]);
    expect(toAttributes(state)).toEqual(attrs);
    expect(parseAttributes(read(toAttributes({ config: DEFAULT_CONFIG, step: 0 })))).toEqual({ config: DEFAULT_CONFIG, step: 0 });
  });

  it("parseAttributes(read) falls back to defaults for missing or malformed values", () => {
    const state = parseAttributes(read({ surface: "moon", start: "1", "lr-adam": "-1", beta1: "1", step: "9999" }));
    expect(state).toEqual({ config: DEFAULT_CONFIG, step: 0 });
  });

  it("raceStatus says in words when an optimizer diverged, and never prints NaN", () => {
    const paths = race({ ...DEFAULT_CONFIG, lr: { ...DEFAULT_CONFIG.lr, sgd: 0.2 } }, ["sgd", "adam"], 50);
    const text = raceStatus("valley", paths, 50, 50);
    expect(text).toMatch(/^Step 50 of 50 on Ill-conditioned valley: SGD diverged at step \d+, Adam loss /);
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(racerStatus(paths[1], 0)).toBe("Adam loss 13.125");
  });
});
