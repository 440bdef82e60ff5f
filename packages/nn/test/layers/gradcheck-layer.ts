import { gradcheck, noGrad, type Tensor, type GradcheckResult } from "../../src/index.ts";
import { GRADCHECK } from "../reference/ops.ts";

type LayerWithWeights = { weight: Tensor; bias: Tensor | null; forward(x: Tensor): Tensor };

/** gradcheck of a layer's forward with respect to its input, its weight and (if it has one) its bias. */
export function gradcheckLayer(layer: LayerWithWeights, x: Tensor): GradcheckResult {
  const params = [noGrad(() => layer.weight.detach())];
  if (layer.bias) params.push(noGrad(() => layer.bias!.detach()));
  return gradcheck((input, weight, bias) => {
    layer.weight = weight;
    if (bias) layer.bias = bias;
    return layer.forward(input);
  }, [x, ...params], GRADCHECK);
}
