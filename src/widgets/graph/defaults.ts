// The configuration a <nn-graph> starts from when its attributes say nothing.

/** One neuron: a weighted sum of two inputs plus a bias, through tanh. */
export const DEFAULT_EXPR = "tanh(w1*x1 + w2*x2 + b)";
export const DEFAULT_VALUES = "w1=0.5, x1=2, w2=-1.5, x2=-1, b=-1";
