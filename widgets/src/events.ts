import { apiUrl, getJSON, safeUrl } from "./api";
import { adopt, Base } from "./base";
import { cfg } from "./config";
import { h, strings, text } from "./dom";
import EVENTS_CSS from "./chunks/iitk-events.css";
import { EVENTS_STRINGS, type EventsStrings } from "./events-strings";
import { pick, type Strings } from "./strings";
import type { EventCard, EventLabels, Page } from "./types";

/** The filters of `calendar/` the element passes on, each an attribute of the same name. */
const FILTERS = ["perspective", "tool", "framework", "format"];

/** The zone the toolkit names, if the browser knows it; else the toolkit's own. */
function zone(name: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name;
  } catch {
    return "Europe/London";
  }
}

/** The page's language for dates (the element's `lang` or an ancestor's), if the browser knows it. */
function locale(el: Element): string | undefined {
  const lang = ((el.closest("[lang]") || document.documentElement) as HTMLElement).lang;
  try {
    return new Intl.DateTimeFormat(lang).resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

/**
 * When an event runs, in its time zone, in the page's language: "Mon 11 Jan 2027, 10:00 –
 * 13:00 GMT" in en-GB (the end's date too when it ends on another day). "" when a time
 * cannot be read.
 */
export function when(event: EventCard, lang?: string): string {
  const start = new Date(event.start);
  const end = new Date(event.end);
  if (isNaN(+start) || isNaN(+end)) return "";
  const timeZone = zone(text(event.time_zone));
  const day = { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone } as const;
  const time = { hour: "2-digit", minute: "2-digit", timeZone } as const;
  const dayOf = (d: Date) => d.toLocaleDateString(lang, day);
  const sameDay = dayOf(start) == dayOf(end);
  return (
    dayOf(start) +
    ", " +
    start.toLocaleTimeString(lang, time) +
    " – " +
    (sameDay ? "" : dayOf(end) + ", ") +
    end.toLocaleTimeString(lang, { ...time, timeZoneName: "short" })
  );
}

/**
 * Upcoming events from the toolkit (`calendar/`), soonest first, for an intranet's "Upcoming
 * workshops on the risk perspective": each event's title (a link to its page on the
 * toolkit, where people book or register), when (in the toolkit's time zone, named), where
 * (or "Online"), its format and what it covers. Text from the API is set as text.
 *
 * @tag iitk-events
 * @summary Upcoming events: workshops, online discussions, site visits and training.
 * @attr {string} perspective - Perspective slug(s), comma-separated: `calendar/?perspective=`.
 * @attr {string} tool - Tool slug(s): events that cover these tools.
 * @attr {string} framework - Framework slug(s): events that cover these frameworks.
 * @attr {string} format - `workshop`, `online-discussion`, `site-visit` or `training` (comma-separated for any of them).
 * @attr {number | string} limit - Events shown, 1 to 100 (default 3); with more, a link to them all.
 * @csspart list - The list of events.
 * @csspart card - An event's `<article>`.
 * @csspart title - An event's `<h3>`.
 * @csspart when - When it runs.
 * @csspart where - Where it is, or "Online".
 * @csspart summary - An event's summary.
 * @csspart meta - An event's list of tags (its format and what it covers).
 * @csspart tag - One tag.
 */
export class EventsElement extends Base {
  static observedAttributes = [...FILTERS, "limit"];
  declare _s: Strings & EventsStrings;

  constructor() {
    super();
    adopt(this._r, EVENTS_CSS);
  }

  /** The element's strings join the core's: the English ones, with `data-iitk-strings`. */
  _english(): Strings & EventsStrings {
    return { ...cfg.s, ...pick(EVENTS_STRINGS, cfg.given) };
  }

  async _load(): Promise<Node> {
    const s = this._s;
    const params: Record<string, string | null> = {};
    for (const name of FILTERS) params[name] = this.getAttribute(name);
    params.limit = "" + Math.min(Math.max(parseInt(this.getAttribute("limit")!) || 3, 1), 100);
    const data = await getJSON<Page<EventCard>>(apiUrl("calendar/", params));
    if (!Array.isArray(data.results)) throw Error("list");
    const events = data.results.filter(
      (e) => e && typeof e.title == "string" && typeof e.start == "string",
    );
    // "All events": the events index, the parent of an event's page.
    const first = events.length ? safeUrl(events[0].url) : null;
    const index = first && new URL("../", first).href;
    this._msg = events.length ? "" : s.noEvents;
    return h(
      "div",
      null,
      events.length
        ? h("ul", { class: "iitk-list iitk-events", role: "list", part: "list", "aria-label": s.events },
            ...events.map((e) => h("li", null, this._event(e))))
        : h("p", null, s.noEvents),
      data.next && index && h("p", null, h("a", { href: index, part: "link" }, s.allEvents)),
    );
  }

  /** One event, in the card design. */
  _event(event: EventCard): HTMLElement {
    const s = this._s;
    const href = safeUrl(event.url);
    const names: Partial<EventLabels> = event.labels || {};
    const covers = strings(names.perspectives).concat(strings(names.tools), strings(names.frameworks));
    const tags = [text(names.format), event.online === true && s.online, ...covers].filter(Boolean) as string[];
    const at = when(event, locale(this));
    return h(
      "article",
      { class: "iitk-card iitk-event", part: "card" },
      h(
        "h3",
        { class: "iitk-card__title", part: "title" },
        href ? h("a", { class: "iitk-card__link", part: "link", href }, event.title) : event.title,
      ),
      at && h("p", { class: "iitk-when", part: "when" }, h("time", { datetime: event.start }, at)),
      text(event.place) && h("p", { part: "where" }, event.place),
      text(event.summary) && h("p", { class: "iitk-card__summary", part: "summary" }, event.summary),
      tags.length > 0 &&
        h(
          "ul",
          { class: "iitk-card__meta", part: "meta", role: "list" },
          ...tags.map((tag) => h("li", { class: "iitk-tag", part: "tag" }, tag)),
        ),
    );
  }
}
