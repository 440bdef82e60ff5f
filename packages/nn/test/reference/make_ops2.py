#!/usr/bin/python3
"""Reference values from PyTorch for the second batch of @nnbook/nn ops: max/min/argmax,
softmax/logSoftmax, leakyRelu, clamp, narrow/slice/indexSelect/flatten, the losses crossEntropy,
bceWithLogits, l1Penalty/l2Penalty, and the scalar autograd `Value`.

Run with Debian's PyTorch:  /usr/bin/python3 packages/nn/test/reference/make_ops2.py
It writes ops2.json beside this file. As in make_reference.py, every input is written out here,
rounded to float32, and PyTorch computes in float64; non-scalar outputs are backpropagated from
a fixed upstream gradient stored in the JSON.
"""
import json
import os

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

from common import enc, f32, upstream  # noqa: E402  (shared helpers beside this file)


A23 = [[0.5, -1.25, 2.0], [-0.75, 1.5, 3.25]]
C234 = [[[0.1 * ((i * 12 + j * 4 + k) * 7 % 24) - 1.1 for k in range(4)] for j in range(3)] for i in range(2)]
TIES = [[1.0, 3.0, 3.0, -1.0], [2.0, 2.0, 0.5, 2.0], [-1.0, -1.0, -1.0, -1.0]]
BIG = [[1000.0, -1000.0, 999.0], [-1000.0, -999.5, -1000.0]]
ROWS = [[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-2.0, 1.0, 0.75], [0.0, 3.0, -1.5], [1.25, -0.75, 0.5]]
AT_BOUNDS = [[-2.0, -1.0, -0.5, 0.0], [0.5, 1.0, 1.5, 3.0]]

# (name, op, tensor inputs, args), args named as in the engine.
OPS = [
    ("max(a) of all values", "max", [A23], {}),
    ("max(a, 1)", "max", [A23], {"axis": 1}),
    ("max(a, 0, true)", "max", [A23], {"axis": 0, "keepDims": True}),
    ("max(a, 1) of [2,3,4]", "max", [C234], {"axis": 1}),
    ("max(a, 1) with ties sends the gradient to the first maximum", "max", [TIES], {"axis": 1}),
    ("max(a, 0) of [3,4]", "max", [TIES], {"axis": 0}),
    ("min(a, -1)", "min", [A23], {"axis": -1}),
    ("min(a, 1) with ties sends the gradient to the first minimum", "min", [TIES], {"axis": 1}),
    ("argmax(a) of all values", "argmax", [A23], {}),
    ("argmax(a, 1) with ties picks the first", "argmax", [TIES], {"axis": 1}),
    ("argmax(a, 0, true)", "argmax", [C234], {"axis": 0, "keepDims": True}),
    ("argmin(a, 1) with ties picks the first", "argmin", [TIES], {"axis": 1}),
    ("softmax(a) over the last axis", "softmax", [A23], {}),
    ("softmax(a, 0)", "softmax", [A23], {"axis": 0}),
    ("softmax(a, 1) of [2,3,4]", "softmax", [C234], {"axis": 1}),
    ("softmax(a) of [3]", "softmax", [[0.5, -1.25, 2.0]], {}),
    ("softmax(a) is stable for logits of ±1000", "softmax", [BIG], {}),
    ("logSoftmax(a) over the last axis", "logSoftmax", [A23], {}),
    ("logSoftmax(a, 0) of [2,3,4]", "logSoftmax", [C234], {"axis": 0}),
    ("logSoftmax(a) is stable for logits of ±1000", "logSoftmax", [BIG], {}),
    ("leakyRelu(a)", "leakyRelu", [AT_BOUNDS], {}),
    ("leakyRelu(a, 0.2)", "leakyRelu", [A23], {"slope": 0.2}),
    ("clamp(a, -1, 1) passes the gradient at the bounds", "clamp", [AT_BOUNDS], {"min": -1.0, "max": 1.0}),
    ("clamp(a, 0)", "clamp", [AT_BOUNDS], {"min": 0.0}),
    ("clamp(a, undefined, 0.5)", "clamp", [AT_BOUNDS], {"max": 0.5}),
    ("narrow(a, 0, 1, 3) of [5,3]", "narrow", [ROWS], {"dim": 0, "start": 1, "length": 3}),
    ("narrow(a, 1, 1, 2) of [2,3,4]", "narrow", [C234], {"dim": 1, "start": 1, "length": 2}),
    ("narrow(a, -1, -3, 2) of [2,3,4]", "narrow", [C234], {"dim": -1, "start": -3, "length": 2}),
    ("slice(a, 2) of [5,3]", "slice", [ROWS], {"start": 2}),
    ("slice(a, 1, -1) of [5,3]", "slice", [ROWS], {"start": 1, "end": -1}),
    ("indexSelect(a, 0, [3, 0, 3, 4]) accumulates the repeated row's gradient", "indexSelect", [ROWS],
     {"dim": 0, "indices": [3, 0, 3, 4]}),
    ("indexSelect(a, 1, [2, 0]) of [2,3,4]", "indexSelect", [C234], {"dim": 1, "indices": [2, 0]}),
    ("indexSelect(a, -1, [1, 1, 3]) of [2,3,4]", "indexSelect", [C234], {"dim": -1, "indices": [1, 1, 3]}),
    ("flatten(a) of [2,3,4]", "flatten", [C234], {}),
    ("flatten(a, 1) of [2,3,4]", "flatten", [C234], {"startDim": 1}),
    ("flatten(a, 0, 1) of [2,3,4]", "flatten", [C234], {"startDim": 0, "endDim": 1}),
]


# Cases gradcheck cannot judge, checked against PyTorch only: those at a kink (a tie, a clamp
# bound, leakyRelu at 0), where a finite difference averages the two one-sided slopes, and
# logSoftmax at ±1000, whose outputs near -1000 carry float32 round-off of ulp(1000)/h ≈ 3e-2.
KINKS = {
    "clamp(a, undefined, 0.5)",
    "logSoftmax(a) is stable for logits of ±1000",
    "max(a, 1) with ties sends the gradient to the first maximum",
    "min(a, 1) with ties sends the gradient to the first minimum",
    "leakyRelu(a)",
    "clamp(a, -1, 1) passes the gradient at the bounds",
    "clamp(a, 0)",
}


def run_op(op, x, args):
    axis = args.get("axis")
    keep = args.get("keepDims", False)
    if op in ("max", "min"):
        return getattr(x, op)() if axis is None else getattr(x, op)(dim=axis, keepdim=keep).values
    if op in ("argmax", "argmin"):
        return getattr(x, op)() if axis is None else getattr(x, op)(dim=axis, keepdim=keep)
    if op == "softmax":
        return torch.softmax(x, dim=-1 if axis is None else axis)
    if op == "logSoftmax":
        return torch.log_softmax(x, dim=-1 if axis is None else axis)
    if op == "leakyRelu":
        return F.leaky_relu(x, args.get("slope", 0.01))
    if op == "clamp":
        return torch.clamp(x, args.get("min"), args.get("max"))
    if op == "narrow":
        return x.narrow(args["dim"], args["start"] % x.shape[args["dim"]], args["length"])
    if op == "slice":
        return x[args.get("start", 0):args.get("end")]
    if op == "indexSelect":
        return x.index_select(args["dim"], torch.tensor(args["indices"]))
    if op == "flatten":
        return x.flatten(args.get("startDim", 0), args.get("endDim", -1))
    raise ValueError(op)


def op_cases():
    cases = []
    for name, op, inputs, args in OPS:
        x = f32(inputs[0]).requires_grad_()
        out = run_op(op, x, args)
        case = {"name": name, "op": op, "args": args, "inputs": [enc(x)], "output": enc(out.to(torch.float64)),
                "gradcheck": out.requires_grad and name not in KINKS}
        if out.requires_grad:
            up = upstream(out.shape)
            out.backward(up)
            case["upstream"] = enc(up)
            case["grads"] = [enc(x.grad)]
        else:
            case["upstream"] = None
            case["grads"] = None
        cases.append(case)
    missing = KINKS - {name for name, *_ in OPS}
    assert not missing, missing
    return cases


def loss_cases():
    logits = [[2.0, -1.0, 0.5, 0.25], [0.1, 0.2, -0.3, 1.5], [-1.0, -2.0, 3.0, 0.0]]
    labels = [0, 3, 1]
    big = [[1000.0, -1000.0, 0.0], [-1000.0, 1000.0, 999.0], [500.0, 500.0, -1000.0]]
    big_labels = [1, 2, 0]
    z = [[-3.0, -0.5, 0.0], [0.75, 2.0, 5.0]]
    t = [[0.0, 1.0, 0.5], [1.0, 0.0, 1.0]]
    z_big = [-1000.0, -100.0, 100.0, 1000.0]
    t_big = [1.0, 0.0, 0.0, 1.0]
    cases = []
    ce_specs = [
        ("crossEntropy(logits, labels)", logits, labels, "mean"),
        ("crossEntropy(logits, labels, { reduction: 'sum' })", logits, labels, "sum"),
        ("crossEntropy(logits, labels, { reduction: 'none' })", logits, labels, "none"),
        ("crossEntropy(logits, labels) is stable for logits of ±1000", big, big_labels, "mean"),
    ]
    for name, lg, lb, reduction in ce_specs:
        x = f32(lg).requires_grad_()
        value = F.cross_entropy(x, torch.tensor(lb), reduction=reduction)
        up = upstream(value.shape) if value.dim() > 0 else torch.tensor(1.0)
        value.backward(up)
        cases.append({"name": name, "loss": "crossEntropy", "reduction": reduction, "pred": enc(x),
                      "target": {"shape": [len(lb)], "data": [float(v) for v in lb]}, "value": enc(value),
                      "upstream": enc(up), "grads": {"pred": enc(x.grad), "target": None}})
    bce_specs = [
        ("bceWithLogits(logits, target)", z, t, "mean"),
        ("bceWithLogits(logits, target, { reduction: 'sum' })", z, t, "sum"),
        ("bceWithLogits(logits, target) is stable for logits of ±1000", z_big, t_big, "mean"),
    ]
    for name, lg, tg, reduction in bce_specs:
        x = f32(lg).requires_grad_()
        y = f32(tg).requires_grad_()
        value = F.binary_cross_entropy_with_logits(x, y, reduction=reduction)
        value.backward()
        cases.append({"name": name, "loss": "bceWithLogits", "reduction": reduction, "pred": enc(x),
                      "target": enc(y), "value": enc(value), "upstream": None,
                      "grads": {"pred": enc(x.grad), "target": enc(y.grad)}})
    return cases


def penalty_cases():
    w = [[0.5, -1.25, 0.0], [2.0, -0.75, 0.125]]
    b = [0.25, -3.0]
    cases = []
    for name, fn in [("l1Penalty([w, b])", lambda p: p.abs().sum()), ("l2Penalty([w, b])", lambda p: p.pow(2).sum())]:
        ps = [f32(w).requires_grad_(), f32(b).requires_grad_()]
        value = sum(fn(p) for p in ps)
        value.backward()
        cases.append({"name": name, "penalty": name.split("(")[0], "params": [enc(p) for p in ps],
                      "value": enc(value), "grads": [enc(p.grad) for p in ps]})
    return cases


def value_cases():
    """Scalar expressions, named; the test builds the same expression with `Value`."""
    def micrograd_ops(v):  # karpathy/micrograd test_engine.py test_sanity_check
        x = v["x"]
        z = 2 * x + 2 + x
        q = z.relu() + z * x
        h = (z * z).relu()
        return h + q + q * x

    def micrograd_more(v):  # test_more_ops
        a, b = v["a"], v["b"]
        c = a + b
        d = a * b + b ** 3
        c = c + c + 1
        c = c + 1 + c + (-a)
        d = d + d * 2 + (b + a).relu()
        d = d + 3 * d + (b - a).relu()
        e = c - d
        f = e ** 2
        g = f / 2.0
        g = g + 10.0 / f
        return g

    def neuron(v):  # tanh(x1 w1 + x2 w2 + b)
        return torch.tanh(v["x1"] * v["w1"] + v["x2"] * v["w2"] + v["b"])

    def smooth(v):  # exp, log, sigmoid, div, sub, neg
        a, b = v["a"], v["b"]
        return torch.log(torch.exp(a) + torch.sigmoid(b)) / (a - b) - (-b) ** 2

    specs = [
        ("micrograd sanity check", micrograd_ops, {"x": -4.0}),
        ("micrograd more ops", micrograd_more, {"a": -4.0, "b": 2.0}),
        ("neuron tanh(x1 w1 + x2 w2 + b)", neuron, {"x1": 2.0, "x2": 0.0, "w1": -3.0, "w2": 1.0, "b": 6.8813735870195432}),
        ("log(exp(a) + sigmoid(b)) / (a - b) - (-b)^2", smooth, {"a": 0.75, "b": -1.5}),
    ]
    cases = []
    for name, fn, inputs in specs:
        v = {k: torch.tensor(x, requires_grad=True) for k, x in inputs.items()}
        out = fn(v)
        out.backward()
        cases.append({"name": name, "inputs": inputs, "output": out.item(),
                      "grads": {k: t.grad.item() for k, t in v.items()}})
    return cases


def main():
    reference = {
        "about": "Written by make_ops2.py with PyTorch in float64 from float32-rounded inputs. Do not edit.",
        "torch": torch.__version__,
        "ops": op_cases(),
        "losses": loss_cases(),
        "penalties": penalty_cases(),
        "values": value_cases(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ops2.json")
    with open(path, "w") as f:
        json.dump(reference, f, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(reference['ops'])} ops, {len(reference['losses'])} losses, "
          f"{len(reference['penalties'])} penalties, {len(reference['values'])} Value graphs")


if __name__ == "__main__":
    main()
