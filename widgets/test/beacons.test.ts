import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BATCH, flush, IDLE, track } from "../src/beacons";
import { configure, readConfig } from "../src/config";
import {
  add,
  API,
  cardsApi,
  json,
  mockFetch,
  ORIGIN,
  scriptTag,
  setup,
  shadow,
  tool,
  until,
} from "./helpers";

/**
 * An IntersectionObserver we drive by hand. The beacons make one, once, for the whole
 * page (this test file), so the first one made is the one every test shows cards to.
 */
let io: FakeObserver | undefined;
class FakeObserver {
  watched = new Set<Element>();
  constructor(
    public callback: IntersectionObserverCallback,
    public options: IntersectionObserverInit,
  ) {
    io ||= this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {}
  /** Report the element as `ratio` in view (as the browser does at a threshold). */
  show(el: Element, ratio: number) {
    if (!this.watched.has(el)) return;
    const entry = { target: el, intersectionRatio: ratio, isIntersecting: ratio > 0 };
    this.callback([entry as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

let beacon: ReturnType<typeof vi.fn>;
const sent = () => beacon.mock.calls.map(([url, body]) => ({ url, ...JSON.parse(body) }));
const events = () => sent().flatMap((batch) => batch.events);

function navigatorSays(values: Record<string, unknown>) {
  for (const [name, value] of Object.entries(values)) {
    Object.defineProperty(navigator, name, { value, configurable: true });
  }
}

/** Cards loaded at once (not lazily), each registered with the impression observer. */
async function cards(slugs: string[]) {
  mockFetch(cardsApi());
  const els = slugs.map((slug) => add(`<iitk-tool-card slug="${slug}" loading="eager"></iitk-tool-card>`));
  for (const el of els) await until(el, "ready");
  return els.map((el) => shadow(el).querySelector("article")!);
}

describe("engagement beacons", () => {
  beforeEach(() => {
    setup();
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    beacon = vi.fn(() => true);
    navigatorSays({ sendBeacon: beacon });
    // A click on a link must not navigate the test's window.
    addEventListener("click", prevent, true);
  });
  afterEach(() => {
    flush();
    for (const name of ["sendBeacon", "globalPrivacyControl", "doNotTrack"]) {
      delete (navigator as unknown as Record<string, unknown>)[name];
    }
    removeEventListener("click", prevent, true);
    vi.useRealTimers();
  });
  const prevent = (event: Event) => event.preventDefault();

  it("count an impression when a card is at least half in view, once per item per page", async () => {
    const [a, again, b, half] = await cards(["imp-a", "imp-a", "imp-b", "imp-c"]);
    expect(io!.options.threshold).toBe(0.5);
    io!.show(a, 0.3);
    io!.show(half, 0.49); // less than half in view: never counted
    io!.show(a, 0.6);
    io!.show(again, 1);
    io!.show(b, 0.5);
    await vi.advanceTimersByTimeAsync(IDLE);
    expect(sent()).toEqual([
      {
        url: API + "events/",
        partner: "trust-key",
        events: [
          { type: "impression", kind: "tool", item: "imp-a" },
          { type: "impression", kind: "tool", item: "imp-b" },
        ],
      },
    ]);
    // Seen again later, or as a new card for the same tool: not counted again.
    const [later] = await cards(["imp-a"]);
    io!.show(later, 1);
    io!.show(a, 1);
    await vi.advanceTimersByTimeAsync(IDLE);
    expect(beacon).toHaveBeenCalledTimes(1);
  });

  it("count an open when a card's link is followed, by click or middle click", async () => {
    const [card] = await cards(["open-a"]);
    const link = card.querySelector("a")!;
    link.click();
    link.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, composed: true, button: 1 }));
    card.querySelector("h3")!.click(); // not on the link: not an open
    await vi.advanceTimersByTimeAsync(IDLE);
    expect(events()).toEqual([
      { type: "open", kind: "tool", item: "open-a" },
      { type: "open", kind: "tool", item: "open-a" },
    ]);
  });

  it("count opens from search results, a question by its id", async () => {
    mockFetch(() =>
      json({
        count: 2,
        results: [
          tool("fishbone"),
          { type: "question", id: 42, slug: "why", title: "Why?", summary: "", url: `${ORIGIN}/q/why/` },
        ],
      }),
    );
    const el = add(`<iitk-search loading="eager"></iitk-search>`);
    await until(el, "ready");
    const root = shadow(el);
    root.querySelector("input")!.value = "fish";
    root.querySelector("form")!.requestSubmit();
    await vi.waitFor(() => expect(root.querySelectorAll("[part=result] a")).toHaveLength(2));
    for (const link of root.querySelectorAll<HTMLElement>("[part=result] a")) link.click();
    await vi.advanceTimersByTimeAsync(IDLE);
    expect(events()).toEqual([
      { type: "open", kind: "tool", item: "fishbone" },
      { type: "open", kind: "question", item: "42" },
    ]);
  });

  it("send after IDLE ms without a new event", async () => {
    track("open", "tool", "t1");
    await vi.advanceTimersByTimeAsync(IDLE - 500);
    track("open", "tool", "t2");
    await vi.advanceTimersByTimeAsync(IDLE - 1);
    expect(beacon).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toHaveLength(1);
    expect(events().map((e) => e.item)).toEqual(["t1", "t2"]);
    expect(typeof beacon.mock.calls[0][1]).toBe("string"); // text/plain: no CORS preflight
  });

  it(`send at once at ${BATCH} events, in batches the API accepts`, () => {
    for (let i = 0; i < BATCH * 2 + 1; i++) track("impression", "story", "s" + i);
    expect(sent().map((batch) => batch.events.length)).toEqual([BATCH, BATCH]);
    flush();
    expect(sent().map((batch) => batch.events.length)).toEqual([BATCH, BATCH, 1]);
  });

  it("send at once when the page is hidden or left", () => {
    track("open", "tool", "hidden");
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    delete (document as unknown as { hidden?: boolean }).hidden;
    expect(events()).toEqual([{ type: "open", kind: "tool", item: "hidden" }]);
    track("open", "tool", "left");
    dispatchEvent(new Event("pagehide"));
    expect(sent()).toHaveLength(2);
    // Nothing queued: nothing sent.
    dispatchEvent(new Event("pagehide"));
    expect(sent()).toHaveLength(2);
  });

  it("leave the partner out when the script tag has none", async () => {
    configure(readConfig(scriptTag({ "iitk-api": API })));
    track("open", "framework", "pdsa");
    flush();
    expect(JSON.parse(beacon.mock.calls[0][1])).toEqual({
      events: [{ type: "open", kind: "framework", item: "pdsa" }],
    });
  });

  const OPTED_OUT: Record<string, Record<string, unknown>> = {
    "Global Privacy Control": { globalPrivacyControl: true },
    "Do Not Track": { doNotTrack: "1" },
  };
  for (const [name, prefs] of Object.entries(OPTED_OUT)) {
    it(`queue and send nothing under ${name}`, async () => {
      navigatorSays(prefs);
      const [card] = await cards(["private-" + name.length]);
      io!.show(card, 1);
      card.querySelector("a")!.click();
      track("share_started", "toolkit", "");
      await vi.advanceTimersByTimeAsync(IDLE);
      dispatchEvent(new Event("pagehide"));
      expect(beacon).not.toHaveBeenCalled();
    });
  }

  it("count when Do Not Track is off or unset", () => {
    navigatorSays({ doNotTrack: "0", globalPrivacyControl: false });
    track("open", "tool", "ok");
    flush();
    expect(events()).toHaveLength(1);
  });

  const BROKEN: Record<string, unknown> = {
    "is missing": undefined,
    "returns false": () => false,
    throws: () => {
      throw new TypeError("Beacon body too large");
    },
  };
  for (const [name, sendBeacon] of Object.entries(BROKEN)) {
    it(`never throw on the host page when sendBeacon ${name}`, async () => {
      navigatorSays({ sendBeacon });
      const [card] = await cards(["broken-" + name.length]);
      io!.show(card, 1);
      expect(() => card.querySelector("a")!.click()).not.toThrow();
      await vi.advanceTimersByTimeAsync(IDLE);
      expect(() => dispatchEvent(new Event("pagehide"))).not.toThrow();
      expect(() => flush()).not.toThrow();
    });
  }
});
