/**
 * Every node `root` depends on, each after all of its inputs: the order a forward pass computes
 * them in, and, reversed, the order backpropagation visits them. Depth-first with an explicit
 * stack, so a chain of 40,000 ops does not overflow the call stack. Shared by `Tensor`'s
 * `backward` and `Value`'s. Chapter 4, Backpropagation (computational graphs).
 */
export function topologicalOrder<T>(root: T, inputsOf: (node: T) => readonly T[]): T[] {
  const order: T[] = [];
  const visited = new Set<T>([root]);
  const stack: Array<{ node: T; inputs: readonly T[]; next: number }> = [{ node: root, inputs: inputsOf(root), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.inputs.length) {
      const input = top.inputs[top.next++];
      if (!visited.has(input)) {
        visited.add(input);
        stack.push({ node: input, inputs: inputsOf(input), next: 0 });
      }
    } else {
      stack.pop();
      order.push(top.node);
    }
  }
  return order;
}
