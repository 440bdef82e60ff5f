import { describe, expect, it } from "vitest";
import { optim, tensor } from "@nnbook/nn";
import { DEFAULT_CONFIG, RACER_NAMES, race, racePath, type RaceConfig } from "./model.ts";
import { SURFACES, SURFACE_NAMES } from "./surfaces.ts";

describe("optimizer race model", () => {
  it("racePath(name, config) is the path of the engine's own optimizer, step for step", () => {
    for (const surface of SURFACE_NAMES) {
      const config: RaceConfig = { ...DEFAULT_CONFIG, surface, start: SURFACES[surface].start, lr: { ...DEFAULT_CONFIG.lr, sgd: 0.001, momentum: 0.001, nesterov: 0.001 } };
      const direct = {
        sgd: (p: ReturnType<typeof tensor>[]) => new optim.SGD(p, { lr: 0.001 }),
        momentum: (p: ReturnType<typeof tensor>[]) => new optim.SGD(p, { lr: 0.001, momentum: 0.9 }),
        nesterov: (p: ReturnType<typeof tensor>[]) => new optim.SGD(p, { lr: 0.001, momentum: 0.9, nesterov: true }),
        rmsprop: (p: ReturnType<typeof tensor>[]) => new optim.RMSprop(p, { lr: 0.05, alpha: 0.99 }),
        adam: (p: ReturnType<typeof tensor>[]) => new optim.Adam(p, { lr: 0.1, betas: [0.9, 0.99] }),
      };
      for (const name of RACER_NAMES) {
        const path = racePath(name, config, 40);
        const x = tensor([config.start[0]], { requiresGrad: true }), y = tensor([config.start[1]], { requiresGrad: true });
        const opt = direct[name]([x, y]);
        const expected = [[x.data[0], y.data[0]]];
        for (let t = 0; t < 40; t++) {
          opt.zeroGrad();
          SURFACES[surface].loss(x, y).backward();
          opt.step();
          expected.push([x.data[0], y.data[0]]);
        }
        expect(path.divergedAt).toBeNull();
        expect(path.points.map((p) => [p.x, p.y])).toEqual(expected);
      }
    }
  });

  it("racePath('sgd', valley) follows the closed form (1 − ηλᵢ)ᵗ of chapter 6", () => {
    const path = racePath("sgd", { ...DEFAULT_CONFIG, start: [1, 1], lr: { ...DEFAULT_CONFIG.lr, sgd: 0.05 } }, 20);
    const expected = path.points.map((_, t) => [(1 - 0.05) ** t, (1 - 0.05 * 20) ** t]);
    expect(path.points.map((p) => [p.x, p.y])).toBeAllclose(expected, { rtol: 1e-5, atol: 1e-7 });
  });

  it("racePath stops at the step that diverges and keeps only finite points", () => {
    // on the valley, λmax = 20: η = 0.11 > 2/20 diverges
    const path = racePath("sgd", { ...DEFAULT_CONFIG, lr: { ...DEFAULT_CONFIG.lr, sgd: 0.11 } });
    expect(path.divergedAt).not.toBeNull();
    expect(path.points.length).toBe(path.divergedAt);
    expect(path.points.every((p) => Number.isFinite(p.loss) && p.loss <= 1e6)).toBe(true);
  });

  it("race(config) with the defaults brings every optimizer near the valley's minimum", () => {
    for (const path of race(DEFAULT_CONFIG)) {
      const last = path.points.at(-1)!;
      expect(path.divergedAt, path.name).toBeNull();
      expect(last.loss, path.name).toBeLessThan(1e-2);
    }
  });

  it("moves are θ_t − θ_{t−1} and scales the effective rate per axis |Δθ/g|", () => {
    const config = { ...DEFAULT_CONFIG, start: [1, 1] as const };
    const sgd = racePath("momentum", config, 2);
    // first step: b = g = (1, 20), move = −η·g
    expect(sgd.moves[0]).toBeAllclose([-0.02 * 1, -0.02 * 20], { rtol: 1e-5 });
    const rms = racePath("rmsprop", config, 1);
    // v = (1 − α)g², step = η·g/√v = η/√(1 − α) on each axis, so the scale is that over |g|
    const step = 0.05 / Math.sqrt(0.01);
    expect(rms.scales[0]).toBeAllclose([step / 1, step / 20], { rtol: 1e-4 });
  });
});
