// The widget's state and its updates, with no DOM: the expression the reader typed, the values of
// its variables, how many steps of the two passes are done, and what follows from them (the graph,
// or the reason there is none).
import { buildGraph, MAX_NODES, type BuiltGraph } from "./build.ts";
import { parse, type ParseError } from "./parser.ts";
import { snapshot, totalSteps, type Snapshot } from "./steps.ts";

export interface GraphConfig {
  expr: string;
  /** Values of the variables; names not in the expression are kept for when they come back. */
  values: Readonly<Record<string, number>>;
  step: number;
}

export interface GraphState extends GraphConfig {
  /** The variables of the expression, in order of first appearance ([] when it does not parse). */
  variables: string[];
  /** The graph, or null when the expression does not parse. */
  graph: BuiltGraph | null;
  error: ParseError | null;
}

// What a new variable starts at, by its position in the expression: varied, and small enough that
// tanh and sigmoid are not saturated.
const STARTING_VALUES = [2, -1.5, 0.5, 1, -0.5, 1.5];

export function createState(config: GraphConfig): GraphState {
  const parsed = parse(config.expr);
  if (!parsed.ok) return { ...config, step: 0, variables: [], graph: null, error: parsed.error };
  const values: Record<string, number> = { ...config.values };
  parsed.variables.forEach((name, i) => {
    if (!Number.isFinite(values[name])) values[name] = STARTING_VALUES[i % STARTING_VALUES.length];
  });
  const built = buildGraph(parsed.expr, values);
  if ("tooLarge" in built) {
    const message = `This expression makes ${built.tooLarge} nodes; the figure draws at most ${MAX_NODES}. Try a shorter one.`;
    return { ...config, values, step: 0, variables: parsed.variables, graph: null, error: { message, at: -1 } };
  }
  const step = Math.max(0, Math.min(totalSteps(built), Math.round(config.step) || 0));
  return { expr: config.expr, values, step, variables: parsed.variables, graph: built, error: null };
}

/** A new expression: a new graph, with both passes back at the start. */
export function setExpression(state: GraphState, expr: string): GraphState {
  if (expr === state.expr) return state;
  return createState({ expr, values: state.values, step: 0 });
}

/** A new value for one variable: the graph is recomputed and keeps its step. */
export function setValue(state: GraphState, name: string, value: number): GraphState {
  if (!Number.isFinite(value)) return state;
  return createState({ expr: state.expr, values: { ...state.values, [name]: value }, step: state.step });
}

/** Moves to a step, clamped to the passes' range. */
export function setStep(state: GraphState, step: number): GraphState {
  if (!state.graph) return state;
  const s = Math.max(0, Math.min(totalSteps(state.graph), Math.round(step)));
  return s === state.step ? state : { ...state, step: s };
}

export function lastStep(state: GraphState): number {
  return state.graph ? totalSteps(state.graph) : 0;
}

/** What the figure shows now, or null without a graph. */
export function current(state: GraphState): Snapshot | null {
  return state.graph ? snapshot(state.graph, state.step) : null;
}

/** The values of the expression's own variables, in their order. */
export function variableValues(state: GraphState): [string, number][] {
  return state.variables.map((name) => [name, state.values[name]]);
}
