// The base of every widget's custom element: reading its attributes, building once, one commit
// rule, mirroring the state into the attributes (so a configured widget is a link), the kit's and
// the widget's stylesheets injected once per document, and the define guard. A widget's own
// element.ts holds only its wiring: what to build, how to render, what its controls do. On the
// book's pages (not inside an embed) every widget also gets the Embed control, for its state now.
import { EMBED_ROUTE } from "../../runtime/framing.ts";
import { findWidget } from "../registry.ts";
import { AttributeMirror } from "./attribute-mirror.ts";
import { KIT_STYLE } from "./controls.css.ts";
import { html } from "./dom.ts";
import { createEmbedControl, type EmbedControl } from "./embed-control.ts";
import { embedAddress, hostScriptSnippet, iframeSnippet } from "./embed-snippet.ts";
import { injectStyle } from "./style.ts";
import { CONTROL_ATTRIBUTES, applyControlLocks, namedControls, parseNames } from "./control-locks.ts";
import { defineWidget as define } from "./define.ts";

const counters = new Map<string, number>();

export abstract class WidgetElement<State> extends HTMLElement {
  #state: State | null = null;
  #built = false;
  #mirror = new AttributeMirror();
  #resizeWatches: [Element, () => void][] = [];
  #resizer: ResizeObserver | null = null;
  #embed: EmbedControl | null = null;
  /** Unique per instance, to prefix the ids that tie labels to inputs: `nn-perceptron-2`. */
  protected readonly uid: string;

  constructor() {
    super();
    const tag = this.localName;
    const n = (counters.get(tag) ?? 0) + 1;
    counters.set(tag, n);
    this.uid = `${tag}-${n}`;
  }

  /** The widget's CSS, scoped under its tag, injected once per document. */
  protected abstract readonly stylesheet: string;
  /** The state the attributes describe; a missing or malformed attribute falls back to its default. */
  protected abstract readState(): State;
  /** The attributes that reproduce a state. */
  protected abstract toAttributes(state: State): Record<string, string>;
  /** Builds the widget's figure and controls, once; returns what goes inside the element. */
  protected abstract build(): Node[];
  /** Draws the current state into what build() made. */
  protected abstract render(): void;

  /** The current model state, for scripts and tests. */
  get state(): State {
    if (this.#state === null) this.#state = this.readState();
    return this.#state;
  }

  /** The attributes that reproduce what the widget shows now (an embed compares them with its address). */
  get shownAttributes(): Record<string, string> {
    return this.toAttributes(this.state);
  }

  connectedCallback(): void {
    if (!this.#built) {
      this.#state = this.readState();
      injectStyle("kit", KIT_STYLE, this.ownerDocument);
      injectStyle(this.localName, this.stylesheet, this.ownerDocument);
      const parts = this.build();
      // the server-rendered fallback stays as the printed description; on screen the figure says it
      const description = html("div", { class: "nnk-description" });
      description.append(...Array.from(this.childNodes));
      this.#embed = this.#createEmbed();
      this.replaceChildren(...parts, ...(this.#embed ? [this.#embed.element] : []), description);
      this.#built = true;
      this.render();
      this.#applyLocks();
    }
    this.classList.add("nnk-widget", "not-content"); // not-content: opt out of Starlight's prose spacing
    if (this.#resizeWatches.length > 0 && "ResizeObserver" in globalThis && !this.#resizer) {
      const watches = this.#resizeWatches;
      this.#resizer = new ResizeObserver((entries) => {
        for (const [target, callback] of watches) if (entries.some((e) => e.target === target)) callback();
      });
      for (const [target] of watches) this.#resizer.observe(target);
    }
    this.connected();
  }

  disconnectedCallback(): void {
    this.#resizer?.disconnect();
    this.#resizer = null;
    this.disconnected();
  }

  /** Calls `callback` when `target` changes size, while the element is connected (call from build()). */
  protected watchResize(target: Element, callback: () => void): void {
    this.#resizeWatches.push([target, callback]);
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#mirror.reflecting || !this.#built || oldValue === newValue) return;
    if ((CONTROL_ATTRIBUTES as readonly string[]).includes(name)) return this.#applyLocks();
    // a page script or a link reconfigured the widget; the attributes stay as they were written
    this.reconfigure(name);
  }

  /**
   * The one commit rule: a new state is kept, drawn, and (unless it came from the attributes)
   * written back to them. States are immutable: committing the same object does nothing.
   */
  protected commit(state: State, reflect = true): void {
    if (state === this.#state) return;
    this.#state = state;
    if (this.#built) {
      this.render();
      this.#applyLocks(); // a render may have made new controls (the graph's value boxes)
    }
    if (reflect) this.#mirror.write(this, this.toAttributes(state));
    this.#embed?.refresh();
  }

  /** The lock and hide attributes, applied to the controls build() made. */
  #applyLocks(): void {
    applyControlLocks(namedControls(this, this.uid), parseNames(this.getAttribute("lock")), parseNames(this.getAttribute("hide")));
  }

  /** The Embed control for this widget's current attributes; none inside an embed or outside a browser. */
  #createEmbed(): EmbedControl | null {
    if (typeof location === "undefined" || EMBED_ROUTE.test(location.pathname)) return null;
    const entry = findWidget(this.localName);
    if (!entry) return null;
    const observed = (this.constructor as { observedAttributes?: readonly string[] }).observedAttributes ?? [];
    const own = observed.filter((name) => !(CONTROL_ATTRIBUTES as readonly string[]).includes(name));
    const controls = () => namedControls(this, this.uid).map(({ name, label }) => ({ name, label }));
    return createEmbedControl(this.uid, controls, ({ lock, hide }) => {
      const attributes = own.flatMap((name): [string, string][] => {
        const value = this.getAttribute(name);
        return value === null ? [] : [[name, value]];
      });
      if (lock.length > 0) attributes.push(["lock", lock.join(",")]);
      if (hide.length > 0) attributes.push(["hide", hide.join(",")]);
      const address = embedAddress(location.origin, entry.slug, attributes);
      return { address, snippet: `${iframeSnippet(address, entry.title, entry.height)}\n${hostScriptSnippet(location.origin)}` };
    });
  }

  /** What an attribute change does: by default the widget starts over from its attributes. */
  protected reconfigure(_name: string): void {
    this.commit(this.readState(), false);
  }

  /** Called on every connect, after the first build (start observers here). */
  protected connected(): void {}

  /** Called on disconnect (stop loops and observers here). */
  protected disconnected(): void {}
}

/** Defines a widget's element once, observing the kit's attributes (lock, hide) beside its own. */
export function defineWidget(tag: string, element: CustomElementConstructor & { observedAttributes?: readonly string[] }): void {
  const own = element.observedAttributes ?? [];
  const observed = [...own, ...CONTROL_ATTRIBUTES.filter((name) => !own.includes(name))];
  Object.defineProperty(element, "observedAttributes", { value: observed, configurable: true });
  define(tag, element);
}
