/** The `init` namespace: fill a tensor in place with initial values (like `torch.nn.init`). */
export { uniform, normal, constant, zeros, ones } from "./init/basic.ts";
export type { InitOptions } from "./init/basic.ts";
export { calculateFans, xavierUniform, xavierNormal, heUniform, heNormal } from "./init/fan.ts";
