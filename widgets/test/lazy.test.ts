import { describe, expect, it, vi } from "vitest";
import { configure, readConfig } from "../src/config";
import { defineEverything } from "./everything";
import { add, API, cardsApi, mockFetch, scriptTag, until } from "./helpers";

/** A controllable IntersectionObserver. */
class FakeObserver {
  static last: FakeObserver;
  targets = new Set<Element>();
  constructor(
    public callback: IntersectionObserverCallback,
    public options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {}
  show(els: Element[]) {
    this.callback(
      els.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
      this as unknown as IntersectionObserver,
    );
  }
}

describe("lazy loading", () => {
  it("loads nothing until the elements come within a screen of the viewport, then batches them", async () => {
    configure(readConfig(scriptTag({ "iitk-api": API })));
    defineEverything();
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    const fetch = mockFetch(cardsApi());
    const els = Array.from({ length: 5 }, (_, i) => add(`<iitk-tool-card slug="t${i}"></iitk-tool-card>`));
    await new Promise((r) => setTimeout(r, 10));
    expect(fetch).not.toHaveBeenCalled();
    expect(els.every((el) => el.getAttribute("state") == "loading")).toBe(true);
    const observer = FakeObserver.last;
    expect(observer.options.rootMargin).toBe("100%");
    expect(observer.targets.size).toBe(5);

    observer.show(els.slice(0, 3));
    for (const el of els.slice(0, 3)) await until(el, "ready");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(observer.targets.size).toBe(2);
    expect(els[4].getAttribute("state")).toBe("loading");

    // Removed before it was seen: no longer observed.
    els[4].remove();
    expect(observer.targets.size).toBe(1);
  });

  it("loads at once with loading=eager", async () => {
    const fetch = mockFetch(cardsApi());
    const el = add(`<iitk-tool-card slug="now" loading="eager"></iitk-tool-card>`);
    await until(el, "ready");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(FakeObserver.last.targets.has(el)).toBe(false);
  });
});
