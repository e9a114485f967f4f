import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TIMEOUT } from "../src/api";
import { add, json, mockFetch, ORIGIN, setup, shadow, until } from "./helpers";

const FAILURES: Record<string, () => Response | Promise<Response>> = {
  "a network error": () => Promise.reject(new TypeError("Failed to fetch")),
  "a 500": () => json({ error: { code: "server_error", message: "x" } }, 500),
  "a 404": () => json({ error: { code: "not_found", message: "x" } }, 404),
  "bad JSON": () => new Response("<html>oops", { status: 200 }),
  "the wrong shape": () => json({ tools: "nope", stories: { slug: "a" } }),
  "null": () => json(null),
};

describe("when the API fails", () => {
  beforeEach(() => setup());
  afterEach(() => vi.useRealTimers());

  for (const [name, answer] of Object.entries(FAILURES)) {
    it(`shows the light-DOM fallback on ${name}`, async () => {
      mockFetch(answer);
      const el = add(
        `<iitk-tool-card slug="a"><a href="${ORIGIN}/tools/a/">Fishbone diagram</a></iitk-tool-card>`,
      );
      await until(el, "error");
      const root = shadow(el);
      expect(root.querySelector("slot")).not.toBeNull();
      expect(root.querySelector("article")).toBeNull();
      expect(root.querySelector("[aria-live]")!.textContent).toMatch(/could not be reached/);
    });
  }

  it("shows a link to the toolkit home when there is no fallback content", async () => {
    mockFetch(FAILURES["a network error"]);
    const el = add(`<iitk-story-card slug="a"></iitk-story-card>`);
    await until(el, "error");
    const link = shadow(el).querySelector("a")!;
    expect(link.getAttribute("href")).toBe(ORIGIN + "/");
    expect(link.textContent).toBe("View in the toolkit");
  });

  it("gives up after the timeout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const fetch = mockFetch(
      (_url, init) =>
        new Promise((_ok, no) =>
          init!.signal!.addEventListener("abort", () => no(new DOMException("aborted", "AbortError"))),
        ),
    );
    const el = add(`<iitk-tool-card slug="a"></iitk-tool-card>`);
    await vi.advanceTimersByTimeAsync(TIMEOUT - 100);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(el.getAttribute("state")).toBe("loading");
    await vi.advanceTimersByTimeAsync(200);
    expect(el.getAttribute("state")).toBe("error");
    expect(TIMEOUT).toBe(8000);
  });

  it("shows the fallback for a slug that is not a slug, without asking", async () => {
    const fetch = mockFetch(() => json({}));
    const el = add(`<iitk-tool-card slug="a,b&x=1"></iitk-tool-card>`);
    await until(el, "error");
    const none = add(`<iitk-tool-card></iitk-tool-card>`);
    await until(none, "error");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("never lets an error reach the host page", async () => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onError);
    process.on("unhandledRejection", onError);
    try {
      mockFetch(FAILURES["bad JSON"]);
      const els = [
        add(`<iitk-tool-card slug="a"></iitk-tool-card>`),
        add(`<iitk-tool-list></iitk-tool-list>`),
        add(`<iitk-question-explorer></iitk-question-explorer>`),
      ];
      for (const el of els) await until(el, "error");
      await new Promise((r) => setTimeout(r, 20));
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener("error", onError);
      window.removeEventListener("unhandledrejection", onError);
      process.off("unhandledRejection", onError);
    }
  });
});
