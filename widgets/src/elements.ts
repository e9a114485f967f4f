import { apiUrl, getJSON, safeUrl } from "./api";
import { getCard, type Kind } from "./batch";
import { tracked } from "./beacons";
import { Base, newId } from "./base";
import { define } from "./define";
import { card, h, items, storyMeta, text, toolCards, toolMeta } from "./dom";
import { fill } from "./strings";
import type { AnyCard, ItemType, Page, ToolCard } from "./types";

const SLUG = /^[-\w]+$/;

/**
 * One tool's card. All the cards on a page that come into view together share one
 * `cards/` request.
 *
 * @tag iitk-tool-card
 * @summary One tool's card.
 * @attr {string} slug - The tool's slug (letters, digits, `-`, `_`). Changing it loads that tool.
 * @csspart card - A card's `<article>`.
 * @csspart title - A card's `<h3>`.
 * @csspart summary - A card's summary.
 * @csspart meta - A card's list of tags.
 * @csspart tag - One tag.
 */
export class ToolCardElement extends Base {
  static observedAttributes = ["slug"];
  _kind: Kind = "tools";

  async _load(): Promise<Node> {
    const slug = this.getAttribute("slug") || "";
    if (!SLUG.test(slug)) throw Error("slug");
    const item = await getCard(this._kind, slug);
    return card(item, item.type == "story" ? storyMeta(item, this._s) : toolMeta(item));
  }
}

/**
 * One story's card, batched with the tool cards.
 *
 * @tag iitk-story-card
 * @summary One story's card.
 * @attr {string} slug - The story's slug. Changing it loads that story.
 */
export class StoryCardElement extends ToolCardElement {
  _kind: Kind = "stories";
}

const FILTERS = ["perspective", "stage", "strand", "category"];

/**
 * A paged list of tool cards with Previous and Next buttons. Changing any attribute goes
 * back to the first page; an unknown slug shows the fallback.
 *
 * @tag iitk-tool-list
 * @summary A paged list of tool cards.
 * @attr {string} perspective - Perspective slug(s), comma-separated: `tools/?perspective=`.
 * @attr {string} stage - Stage slug(s), comma-separated.
 * @attr {string} strand - Strand slug(s), comma-separated.
 * @attr {string} category - Category slug(s), comma-separated.
 * @attr {number | string} limit - Cards per page, 1 to 100 (default 6).
 * @csspart card - A card's `<article>`.
 * @csspart title - A card's `<h3>`.
 * @csspart summary - A card's summary.
 * @csspart meta - A card's list of tags.
 * @csspart tag - One tag.
 * @csspart list - The list of cards.
 * @csspart pager - The Previous / range / Next row.
 * @csspart previous - The Previous button (also `button`).
 * @csspart next - The Next button (also `button`).
 * @csspart range - "1 to 6 of 44".
 */
export class ToolListElement extends Base {
  static observedAttributes = [...FILTERS, "limit"];
  _list = h("ul");
  _status = h("span", { part: "range" });
  // Named in _load, in the element's language.
  _previous = h("button", { type: "button", part: "button previous" });
  _next = h("button", { type: "button", part: "button next" });
  _box = h(
    "div",
    null,
    this._list,
    h("div", { class: "iitk-pager", part: "pager" }, this._previous, this._status, this._next),
  );
  _pages: (string | null)[] = [];

  constructor() {
    super();
    this._previous.addEventListener("click", () => this._go(this._pages[0] || ""));
    this._next.addEventListener("click", () => this._go(this._pages[1] || ""));
  }

  /** The page size: the limit attribute (1–100), else 6. */
  _limit(): number {
    const limit = Number(this.getAttribute("limit"));
    return limit >= 1 && limit <= 100 ? limit | 0 : 6;
  }

  /** Empty cards and pager: the space the first page will take. */
  _placeholder(): Node[] {
    return [
      h(
        "ul",
        { class: "iitk-list", "aria-hidden": "true" },
        ...Array.from({ length: this._limit() }, () => h("li", { class: "iitk-card" })),
      ),
      h("div", { class: "iitk-pager" }),
    ];
  }

  async _load(query?: string): Promise<Node> {
    const params: Record<string, string | null> = { limit: String(this._limit()) };
    for (const name of FILTERS) params[name] = this.getAttribute(name);
    const url = apiUrl("tools/", params);
    if (query) url.search = query;
    const data = await getJSON<Page<ToolCard>>(url);
    const tools = items(data.results);
    // Only the query of the API's next/previous links is used, on our own API base.
    this._pages = [data.previous, data.next].map((link) => (link ? new URL(link).search : null));
    const focused = this._r.activeElement;
    const list = toolCards(tools);
    this._list.replaceWith(list);
    this._list = list;
    const [previous, next] = [this._previous, this._next];
    previous.textContent = this._s.previous;
    next.textContent = this._s.next;
    previous.disabled = !this._pages[0];
    next.disabled = !this._pages[1];
    previous.hidden = next.hidden = previous.disabled && next.disabled;
    const offset = Number(url.searchParams.get("offset")) || 0;
    this._status.textContent = this._msg = tools.length
      ? fill(this._s.range, { from: offset + 1, to: offset + tools.length, count: +data.count || "?" })
      : this._s.none;
    // A pager button that just became disabled loses focus: move it somewhere useful.
    if (focused instanceof HTMLButtonElement && focused.disabled) {
      const other = focused == next ? previous : next;
      (other.disabled ? this._list.querySelector("a") || other : other).focus();
    }
    return this._box;
  }
}

const TYPES: ItemType[] = ["tool", "framework", "story", "question"];

/**
 * A labelled search box; results (from `search/`) say their type and are announced.
 * When the API fails the box stays, and the results offer the fallback.
 *
 * @tag iitk-search
 * @summary Search the toolkit.
 * @csspart form - The search form (`role="search"`).
 * @csspart label - The search box's label.
 * @csspart input - The search box.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart type - A result's type (Tool, Framework, Story, Question).
 * @csspart summary - A result's summary.
 */
export class SearchElement extends Base {
  _query = "";
  _input = h("input", {
    id: newId(),
    type: "search",
    name: "q",
    part: "input",
    maxlength: "200",
    autocomplete: "off",
  });
  _results = h("ul", { class: "iitk-results", role: "list", part: "results" });
  _box = h(
    "div",
    { class: "iitk-search" },
    h(
      "form",
      { role: "search", part: "form" },
      // Named in _load, in the element's language.
      h("label", { for: this._input.id, part: "label" }),
      h(
        "div",
        { class: "iitk-row" },
        this._input,
        h("button", { type: "submit", part: "button" }),
      ),
    ),
    this._results,
  );

  constructor() {
    super();
    this._box.firstChild!.addEventListener("submit", (event) => {
      event.preventDefault();
      this._query = this._input.value.trim();
      if (this._query) this._go();
    });
  }

  async _load(): Promise<Node> {
    this._box.querySelector("label")!.textContent = this._s.search;
    this._box.querySelector("button")!.textContent = this._s.submit;
    if (this._query) {
      const data = await getJSON<Page<AnyCard>>(apiUrl("search/", { q: this._query, limit: "10" }));
      const found = items(data.results);
      this._results.replaceChildren(
        ...found.map((item) => {
          const href = safeUrl(item.url);
          const type = TYPES.includes(item.type) && this._s[item.type];
          return h(
            "li",
            { part: "result" },
            type && h("span", { class: "iitk-type", part: "type" }, type),
            href ? tracked(h("a", { href, part: "link" }, item.title), item) : item.title,
            text(item.summary) && h("p", { part: "summary" }, item.summary),
          );
        }),
      );
      const n = found.length;
      this._msg = n ? (n == 1 ? this._s.one : fill(this._s.results, { n })) : this._s.none;
    }
    return this._box;
  }

  /** On error keep the search box usable: the fallback link goes in the results. */
  _fail(): void {
    this._set("error");
    this._say(this._s.error);
    this._results.replaceChildren(h("li", null, this._fallback()));
  }
}

/** Each element's tag; the manifest (custom-elements.json) names them from the classes' `@tag`. */
export const ELEMENTS: Record<string, CustomElementConstructor> = {
  "iitk-tool-card": ToolCardElement,
  "iitk-story-card": StoryCardElement,
  "iitk-tool-list": ToolListElement,
  "iitk-search": SearchElement,
};

/** Define the core's elements (the lazy ones are in src/lazy.ts). */
export const defineAll = (): void => define(ELEMENTS);
