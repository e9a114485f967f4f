import { apiUrl } from "./api";
import { cfg } from "./config";
import type { Card } from "./types";

/**
 * Engagement beacons: impressions (a card at least half in view, once per item per
 * page) and opens (a click through to the toolkit), queued and sent in batches to
 * `events/` with navigator.sendBeacon. Nothing is queued or sent when the reader has
 * asked not to be tracked (Global Privacy Control, Do Not Track).
 */

export interface Beacon {
  type: string;
  kind: string;
  item: string;
}

/** The most events in one batch (the API's limit). */
export const BATCH = 50;
/** Milliseconds without a new event before the queue is sent. */
export const IDLE = 2000;

let queue: Beacon[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let watcher: IntersectionObserver | undefined;
/** The [kind, item] each watched card or tracked link stands for. */
const things = new WeakMap<Element, [string, string]>();
/** "kind,item" of every impression counted on this page. */
const seen = new Set<string>();

/** True when the reader asked not to be tracked: Global Privacy Control or Do Not Track. */
export const optedOut = (): boolean =>
  (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true ||
  navigator.doNotTrack === "1";

/** Queue an event; the queue is sent after IDLE ms without another, or at BATCH events. */
export function track(type: string, kind: string, item: string): void {
  if (optedOut()) return;
  queue.push({ type, kind, item });
  clearTimeout(timer);
  if (queue.length < BATCH) timer = setTimeout(flush, IDLE);
  else flush();
}

/** Send everything queued (never more than BATCH) as one text/plain beacon: no preflight. */
export function flush(): void {
  const events = queue;
  clearTimeout(timer);
  queue = [];
  try {
    if (events.length) {
      navigator.sendBeacon(
        apiUrl("events/").href,
        JSON.stringify({ partner: cfg.partner || undefined, events }),
      );
    }
  } catch {
    // No sendBeacon, or the browser refused the body: these events are lost, nothing else.
  }
}

// The last chances to send: the page is hidden (tab switched, phone locked) or unloaded.
addEventListener("pagehide", flush);
document.addEventListener("visibilitychange", () => document.hidden && flush());

/**
 * Remember which item an element stands for: its API `type` (tool, framework, story or
 * question) and a question's id or another item's slug.
 */
export function tracked<T extends Element>(el: T, item: Card): T {
  const id = item.type == "question" ? item.id : item.slug;
  if (item.type && id != null) things.set(el, [item.type, "" + id]);
  return el;
}

/** The click listener of every widget's shadow root: following a tracked link is an open. */
export function opened(event: Event): void {
  const it = things.get((event.target as Element).closest("a")!);
  if (it) track("open", ...it);
}

/** Count an impression of the item once at least half of this card is in view. */
export function watch(card: Element, item: Card): void {
  const it = things.get(tracked(card, item));
  if (!it || typeof IntersectionObserver != "function") return;
  (watcher ||= new IntersectionObserver(
    (entries) => {
      for (const { target, intersectionRatio } of entries) {
        if (intersectionRatio < 0.5) continue;
        watcher!.unobserve(target);
        const [kind, id] = things.get(target)!;
        if (seen.has(kind + "," + id)) continue;
        seen.add(kind + "," + id);
        track("impression", kind, id);
      }
    },
    { threshold: 0.5 },
  )).observe(card);
}
