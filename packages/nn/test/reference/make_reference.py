#!/usr/bin/python3
"""Reference values from PyTorch for @nnbook/nn's tests.

Run with Debian's PyTorch:  /usr/bin/python3 packages/nn/test/reference/make_reference.py
It writes reference.json beside this file. Every input is written out here (no random numbers),
rounded to float32 so the engine (float32) and PyTorch start from identical values; PyTorch then
computes in float64, so the JSON holds the exact answer the engine is measured against.
Each op's non-scalar output is backpropagated from a fixed upstream gradient stored in the JSON.
"""
import json
import os

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

from common import enc, f32, upstream  # noqa: E402  (shared helpers beside this file)


A23 = [[0.5, -1.25, 2.0], [-0.75, 1.5, 3.25]]
B23 = [[1.5, 0.25, -2.0], [2.5, -0.5, 1.125]]
POS23 = [[0.5, 1.25, 2.0], [0.75, 1.5, 3.25]]
C234 = [[[0.1 * (i * 12 + j * 4 + k) - 1.1 for k in range(4)] for j in range(3)] for i in range(2)]

# (name, op, tensor inputs, args). args are the op's non-tensor arguments, named as in the engine.
OPS = [
    ("add(a, b) with equal shapes", "add", [A23, B23], {}),
    ("add(a, b) broadcasts [2,3] with [3]", "add", [A23, [1.0, -2.0, 0.5]], {}),
    ("add(a, b) broadcasts [2,1] with [1,3]", "add", [[[1.0], [-2.0]], [[0.5, 1.5, -1.0]]], {}),
    ("add(a, b) broadcasts a scalar tensor", "add", [A23, 0.75], {}),
    ("add(a, number)", "add", [A23], {"other": 2.5}),
    ("sub(a, b) broadcasts [2,3] with [2,1]", "sub", [A23, [[1.0], [-0.5]]], {}),
    ("sub(a, b) broadcasts [3] with [2,3]", "sub", [[1.0, -2.0, 0.5], A23], {}),
    ("sub(a, number)", "sub", [A23], {"other": 1.5}),
    ("mul(a, b) with equal shapes", "mul", [A23, B23], {}),
    ("mul(a, b) broadcasts [2,3] with [3]", "mul", [A23, [1.5, -2.0, 0.25]], {}),
    ("mul(a, b) broadcasts [3,1] with [1,4]", "mul", [[[1.0], [-2.0], [0.5]], [[0.5, 1.5, -1.0, 2.0]]], {}),
    ("mul(a, number)", "mul", [A23], {"other": -3.0}),
    ("div(a, b) broadcasts [2,3] with [2,1]", "div", [A23, [[2.0], [-0.5]]], {}),
    ("div(a, b) broadcasts [3] with [2,3]", "div", [[1.0, -2.0, 0.5], B23], {}),
    ("div(a, number)", "div", [A23], {"other": 4.0}),
    ("neg(a)", "neg", [A23], {}),
    ("pow(a, 2)", "pow", [A23], {"exponent": 2}),
    ("pow(a, 3)", "pow", [A23], {"exponent": 3}),
    ("pow(a, 0.5)", "pow", [POS23], {"exponent": 0.5}),
    ("pow(a, -1)", "pow", [POS23], {"exponent": -1}),
    ("pow(a, -1.5)", "pow", [POS23], {"exponent": -1.5}),
    ("exp(a)", "exp", [A23], {}),
    ("log(a)", "log", [POS23], {}),
    ("sqrt(a)", "sqrt", [POS23], {}),
    ("abs(a)", "abs", [A23], {}),
    ("relu(a)", "relu", [A23], {}),
    ("sigmoid(a)", "sigmoid", [[[-10.0, -1.5, 0.0], [0.25, 2.0, 12.0]]], {}),
    ("tanh(a)", "tanh", [[[-4.0, -1.5, 0.0], [0.25, 2.0, 0.75]]], {}),
    ("matmul(a, b) of [2,3] and [3,4]", "matmul", [A23, [[1.0, 0.5, -1.0, 2.0], [0.0, -1.5, 0.25, 1.0], [2.0, 1.0, 0.5, -0.5]]], {}),
    ("matmul(a, b) of [3] and [3,2]", "matmul", [[1.0, -2.0, 0.5], [[1.0, 0.5], [-1.5, 0.25], [2.0, 1.0]]], {}),
    ("matmul(a, b) of [2,3] and [3]", "matmul", [A23, [1.0, -2.0, 0.5]], {}),
    ("matmul(a, b) of [3] and [3]", "matmul", [[1.0, -2.0, 0.5], [0.5, 1.5, -1.0]], {}),
    ("transpose(a) of [2,3]", "transpose", [A23], {}),
    ("transpose(a, 0, 2) of [2,3,4]", "transpose", [C234], {"dim0": 0, "dim1": 2}),
    ("reshape(a, [3,2])", "reshape", [A23], {"shape": [3, 2]}),
    ("reshape(a, [-1])", "reshape", [A23], {"shape": [-1]}),
    ("reshape(a, [2,1,3])", "reshape", [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]], {"shape": [2, 1, 3]}),
    ("sum(a) of all values", "sum", [A23], {}),
    ("sum(a, 0)", "sum", [A23], {"axis": 0}),
    ("sum(a, 1, true)", "sum", [A23], {"axis": 1, "keepDims": True}),
    ("sum(a, -1)", "sum", [C234], {"axis": -1}),
    ("sum(a, 1) of [2,3,4]", "sum", [C234], {"axis": 1}),
    ("sum(a, [0, 2], true) of [2,3,4]", "sum", [C234], {"axis": [0, 2], "keepDims": True}),
    ("mean(a) of all values", "mean", [A23], {}),
    ("mean(a, 0)", "mean", [A23], {"axis": 0}),
    ("mean(a, 1, true)", "mean", [A23], {"axis": 1, "keepDims": True}),
    ("mean(a, [0, 2]) of [2,3,4]", "mean", [C234], {"axis": [0, 2]}),
]


def run_op(op, xs, args):
    if op in ("add", "sub", "mul", "div"):
        other = args.get("other", xs[1] if len(xs) > 1 else None)
        return getattr(torch, op)(xs[0], other)
    if op == "pow":
        return xs[0].pow(args["exponent"])
    if op in ("neg", "exp", "log", "sqrt", "abs", "relu", "sigmoid", "tanh"):
        return getattr(torch, op)(xs[0])
    if op == "matmul":
        return xs[0] @ xs[1]
    if op == "transpose":
        return xs[0].transpose(args.get("dim0", -2), args.get("dim1", -1))
    if op == "reshape":
        return xs[0].reshape(args["shape"])
    if op in ("sum", "mean"):
        if "axis" not in args:
            return getattr(xs[0], op)()
        return getattr(xs[0], op)(dim=args["axis"], keepdim=args.get("keepDims", False))
    raise ValueError(op)


def op_cases():
    cases = []
    for name, op, inputs, args in OPS:
        xs = [f32(v).requires_grad_() for v in inputs]
        out = run_op(op, xs, args)
        up = upstream(out.shape)
        out.backward(up)
        cases.append({"name": name, "op": op, "args": args, "inputs": [enc(x) for x in xs],
                      "output": enc(out), "upstream": enc(up), "grads": [enc(x.grad) for x in xs]})
    return cases


def linear_cases():
    W = [[0.5, -0.25, 1.0, 0.75], [-1.0, 0.5, 0.25, -0.5], [0.125, 1.5, -0.75, 0.25]]
    b = [0.1, -0.2, 0.3]
    X = [[1.0, 2.0, -1.0, 0.5], [0.0, -1.5, 2.0, 1.0], [0.5, 0.5, 0.5, 0.5], [-2.0, 1.0, 0.0, 3.0], [1.5, -0.5, 1.0, -1.0]]
    cases = []
    for name, x, bias in [("Linear(4, 3).forward(x) for x [5,4]", X, b),
                          ("Linear(4, 3).forward(x) for x [4]", X[0], b),
                          ("Linear(4, 3, { bias: false }).forward(x)", X, None)]:
        w_t = f32(W).requires_grad_()
        b_t = f32(bias).requires_grad_() if bias is not None else None
        x_t = f32(x).requires_grad_()
        out = F.linear(x_t, w_t, b_t)
        up = upstream(out.shape)
        out.backward(up)
        cases.append({"name": name, "weight": enc(w_t), "bias": enc(b_t), "input": enc(x_t), "output": enc(out),
                      "upstream": enc(up),
                      "grads": {"weight": enc(w_t.grad), "bias": enc(b_t.grad) if b_t is not None else None,
                                "input": enc(x_t.grad)}})
    return cases


def loss_cases():
    cases = []
    pred = [[0.5, -1.0], [2.0, 0.25], [-0.75, 1.5], [0.0, 3.0]]
    target = [[1.0, -0.5], [1.5, 0.0], [0.25, 1.0], [-1.0, 2.5]]
    prob = [0.9, 0.2, 0.65, 0.01, 0.5, 0.999]
    label = [1.0, 0.0, 1.0, 0.0, 0.3, 1.0]
    clamped_prob = [[0.0, 1.0], [0.0, 1.0]]
    clamped_label = [[1.0, 0.0], [0.0, 1.0]]
    specs = [
        ("mseLoss(pred, target)", "mseLoss", pred, target, "mean", True),
        ("mseLoss(pred, target, { reduction: 'sum' })", "mseLoss", pred, target, "sum", True),
        ("binaryCrossEntropy(prob, target)", "binaryCrossEntropy", prob, label, "mean", True),
        ("binaryCrossEntropy(prob, target, { reduction: 'sum' })", "binaryCrossEntropy", prob, label, "sum", True),
        # p = 0 or 1: the logs are clamped at -100 and p(1-p) at 1e-12, so loss and gradient stay finite.
        ("binaryCrossEntropy(prob, target) clamps the logs for prob 0 and 1", "binaryCrossEntropy",
         clamped_prob, clamped_label, "mean", False),
    ]
    for name, loss, p, t, reduction, target_grad in specs:
        p_t = f32(p).requires_grad_()
        t_t = f32(t).requires_grad_(target_grad)
        fn = F.mse_loss if loss == "mseLoss" else F.binary_cross_entropy
        value = fn(p_t, t_t, reduction=reduction)
        value.backward()
        cases.append({"name": name, "loss": loss, "reduction": reduction, "pred": enc(p_t), "target": enc(t_t),
                      "value": enc(value),
                      "grads": {"pred": enc(p_t.grad), "target": enc(t_t.grad) if target_grad else None}})
    return cases


def sgd_cases(steps=25):
    X = f32([[1.0, 0.5, -1.0], [0.0, 1.0, 2.0], [2.0, -1.0, 0.5], [-1.5, 0.25, 1.0], [0.5, 2.0, -0.5], [1.0, 1.0, 1.0]])
    y = f32([1.0, -2.0, 3.5, 0.0, -1.0, 2.0])
    w0, b0 = [0.2, -0.4, 0.1], [0.05]
    configs = [
        ("SGD plain", {"lr": 0.05}),
        ("SGD with momentum", {"lr": 0.02, "momentum": 0.9}),
        ("SGD with Nesterov momentum", {"lr": 0.02, "momentum": 0.9, "nesterov": True}),
        ("SGD with weight decay", {"lr": 0.05, "weightDecay": 0.1}),
        ("SGD with momentum, dampening and weight decay", {"lr": 0.02, "momentum": 0.8, "dampening": 0.3, "weightDecay": 0.05}),
        ("SGD with Nesterov momentum and weight decay", {"lr": 0.02, "momentum": 0.5, "nesterov": True, "weightDecay": 0.2}),
    ]
    torch_names = {"lr": "lr", "momentum": "momentum", "dampening": "dampening", "nesterov": "nesterov",
                   "weightDecay": "weight_decay"}
    cases = []
    for name, options in configs:
        w = f32(w0).requires_grad_()
        b = f32(b0).requires_grad_()
        opt = torch.optim.SGD([w, b], **{torch_names[k]: v for k, v in options.items()})
        losses = []
        for _ in range(steps):
            opt.zero_grad()
            loss = F.mse_loss(X @ w + b, y)
            loss.backward()
            opt.step()
            losses.append(loss.item())
        cases.append({"name": name, "options": options, "steps": steps, "X": enc(X), "y": enc(y),
                      "w0": enc(f32(w0)), "b0": enc(f32(b0)), "losses": losses, "w": enc(w), "b": enc(b)})
    return cases


def main():
    reference = {
        "about": "Written by make_reference.py with PyTorch in float64 from float32-rounded inputs. Do not edit.",
        "torch": torch.__version__,
        "ops": op_cases(),
        "linear": linear_cases(),
        "losses": loss_cases(),
        "sgd": sgd_cases(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")
    with open(path, "w") as f:
        json.dump(reference, f, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(reference['ops'])} ops, {len(reference['linear'])} linear, "
          f"{len(reference['losses'])} losses, {len(reference['sgd'])} optimizer runs")


if __name__ == "__main__":
    main()
