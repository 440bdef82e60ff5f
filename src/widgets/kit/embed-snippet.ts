// What a teacher pastes into another page to show a widget: its embed address (the route with the
// widget's attributes as the query), the iframe that shows it at a fixed height, and the line of
// the book's host script that sizes the frame to its content.
import { queryFromAttributes } from "./embed-query.ts";

/** `https://book/embed/perceptron/?dataset=xor&w1=1`. */
export function embedAddress(origin: string, slug: string, attributes: Iterable<[name: string, value: string]>): string {
  return `${origin}/embed/${slug}/${queryFromAttributes(attributes)}`;
}

function attribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** The iframe, full width at a height that shows the widget whole without any host script. */
export function iframeSnippet(address: string, title: string, height: number): string {
  return `<iframe src="${attribute(address)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}

/** The optional line that makes every embed of the page as tall as its content. */
export function hostScriptSnippet(origin: string): string {
  return `<script src="${attribute(origin)}/embed.js" async></script>`;
}
