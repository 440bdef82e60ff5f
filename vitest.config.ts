import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    include: ["packages/nn/test/**/*.test.ts", "src/**/*.test.ts", "tests/content/**/*.test.ts"],
    environment: "node",
    // toBeAllclose for every test: the engine's and the widgets'
    setupFiles: ["packages/nn/test/setup.ts"],
  },
});
