import { safeUrl } from "./api";
import { tracked, watch } from "./beacons";
import { cfg } from "./config";
import type { Strings } from "./strings";
import type { Card, StoryCard, StoryLabels, ToolCard, ToolLabels } from "./types";

type Child = Node | string | null | undefined | false;

/**
 * Make an element. Text children become text nodes (like textContent): API strings are
 * never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const name in attrs) el.setAttribute(name, attrs[name]);
  el.append(...(children.filter(Boolean) as (Node | string)[]));
  return el;
}

/** The items of an API list that have a string slug and a string `key` (title or name). */
export function items<T extends { slug: string }>(list: T[], key = "title" as keyof T): T[] {
  if (!Array.isArray(list)) throw Error("list");
  return list.filter((item) => item && typeof item.slug == "string" && typeof item[key] == "string");
}

/** The value if it is a non-empty string, else "". */
export const text = (value: unknown): string => (typeof value == "string" ? value : "");

/** Strings only, from what should be a list of strings. */
export const strings = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((item) => typeof item == "string" && item) : [];

/** A link to the toolkit home: the fallback when nothing else can be shown. */
export const homeLink = (view: string): HTMLAnchorElement =>
  h("a", { href: cfg.home, part: "link fallback" }, view);

/** A card in the shared markup (see card.css); its impressions and opens are counted. */
export function card(item: Card, meta: string[]): HTMLElement {
  const href = safeUrl(item.url);
  const title: string = item.title;
  const article = h(
    "article",
    { class: "iitk-card", part: "card" },
    h(
      "h3",
      { class: "iitk-card__title", part: "title" },
      href ? tracked(h("a", { class: "iitk-card__link", part: "link", href }, title), item) : title,
    ),
    text(item.summary) && h("p", { class: "iitk-card__summary", part: "summary" }, item.summary),
    meta.length > 0 &&
      h(
        "ul",
        { class: "iitk-card__meta", part: "meta", role: "list" },
        ...meta.map((text) => h("li", { class: "iitk-tag", part: "tag" }, text)),
      ),
  );
  watch(article, item);
  return article;
}

// Tags are the names in a card's `labels` (the API sends them with every card, as
// people read them); a card without them shows no tags.

/** A tool's tags: the names of its perspectives and stages. */
export function toolMeta(tool: ToolCard): string[] {
  const labels: Partial<ToolLabels> = tool.labels || {};
  return [...new Set(strings(labels.perspectives).concat(strings(labels.stages)))];
}

/** A story's tags: care sector, nation and the tools it used. */
export function storyMeta(story: StoryCard, s: Strings): string[] {
  const labels: Partial<StoryLabels> = story.labels || {};
  const tools = strings(labels.tools);
  return [
    text(labels.care_sector),
    text(labels.nation),
    ...(tools.length ? [s.toolsUsed + " " + tools.join(", ")] : []),
  ].filter(Boolean);
}

/** A list of tool cards. */
export const toolCards = (tools: ToolCard[]): HTMLUListElement =>
  h(
    "ul",
    { class: "iitk-list", role: "list", part: "list" },
    ...tools.map((tool) => h("li", null, card(tool, toolMeta(tool)))),
  );
