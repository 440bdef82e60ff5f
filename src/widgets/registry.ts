// Every widget element the book has, once: its tag, what it is called, the chapter it belongs to,
// a height that shows it whole in a 720 px wide frame (measured), and how its code loads. The embed route
// (/embed/<slug>/) is made from this list, and the Embed control links to it.
export interface WidgetEntry {
  /** The route segment, the tag without its `nn-`: `/embed/perceptron/`. */
  readonly slug: string;
  readonly tag: string;
  readonly title: string;
  /** The chapter it appears in: `/chapters/<chapter>/`. */
  readonly chapter: string;
  /** The iframe's fixed height in pixels, where no host script resizes it. */
  readonly height: number;
  /** Loads the element's module, which defines the element. */
  readonly load: () => Promise<unknown>;
}

export const WIDGETS: readonly WidgetEntry[] = [
  { slug: "perceptron", tag: "nn-perceptron", title: "A perceptron and its decision boundary", chapter: "perceptron", height: 500, load: () => import("./perceptron/element.ts") },
  { slug: "activation-explorer", tag: "nn-activation-explorer", title: "Activation functions and their derivatives", chapter: "forward-pass", height: 520, load: () => import("./activation-explorer/element.ts") },
  { slug: "forward-pass", tag: "nn-forward-pass", title: "A forward pass through a small network", chapter: "forward-pass", height: 820, load: () => import("./forward-pass/element.ts") },
  { slug: "loss-explorer", tag: "nn-loss-explorer", title: "Loss functions", chapter: "losses", height: 960, load: () => import("./loss-explorer/element.ts") },
  { slug: "graph", tag: "nn-graph", title: "A computational graph, forward and backward", chapter: "backprop", height: 760, load: () => import("./graph/element.ts") },
  { slug: "backprop-steps", tag: "nn-backprop-steps", title: "Backpropagation, step by step", chapter: "backprop", height: 1140, load: () => import("./backprop-steps/element.ts") },
  { slug: "gradient-flow", tag: "nn-gradient-flow", title: "Gradients flowing through a deep network", chapter: "vanishing-gradients", height: 840, load: () => import("./gradient-flow/element.ts") },
  { slug: "learning-rate", tag: "nn-learning-rate", title: "Gradient descent and the learning rate", chapter: "optimizers", height: 560, load: () => import("./learning-rate/element.ts") },
  { slug: "optimizer-race", tag: "nn-optimizer-race", title: "Five optimizers race to a minimum", chapter: "optimizers", height: 640, load: () => import("./optimizer-race/element.ts") },
  { slug: "batch-noise", tag: "nn-batch-noise", title: "Mini-batch gradients and their noise", chapter: "batching", height: 560, load: () => import("./batch-noise/element.ts") },
  { slug: "overfitting", tag: "nn-overfitting", title: "An overfitting playground: train and test loss", chapter: "regularization", height: 880, load: () => import("./overfitting/element.ts") },
  { slug: "convolution", tag: "nn-convolution", title: "A convolution, pixel by pixel", chapter: "cnns", height: 760, load: () => import("./convolution/element.ts") },
  { slug: "digit-reader", tag: "nn-digit-reader", title: "A CNN that reads the digit you draw", chapter: "cnns", height: 840, load: () => import("./digit-reader/element.ts") },
];

/** The entry for a tag or a slug, if the book has that widget. */
export function findWidget(tagOrSlug: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.tag === tagOrSlug || w.slug === tagOrSlug);
}
