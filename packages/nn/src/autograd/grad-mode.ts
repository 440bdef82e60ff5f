/** Whether ops record the graph that `backward()` walks. */
let enabled = true;

/** True unless inside `noGrad`: whether new ops record their backward. Like `torch.is_grad_enabled`. Chapter 4, Backpropagation. */
export function isGradEnabled(): boolean {
  return enabled;
}

/**
 * Run `fn` without recording the graph, and return its result: for evaluation and for updating
 * parameters by hand, where gradients are not wanted. Like `with torch.no_grad():`.
 * Chapter 4, Backpropagation. Only synchronous work inside `fn` is covered (the mode is restored
 * when `fn` returns, before any promise it returns settles).
 */
export function noGrad<T>(fn: () => T): T {
  const previous = enabled;
  enabled = false;
  try {
    return fn();
  } finally {
    enabled = previous;
  }
}
