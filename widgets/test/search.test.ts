import { beforeEach, describe, expect, it } from "vitest";
import { add, fetched, json, mockFetch, ORIGIN, setup, shadow, tool, until } from "./helpers";

const submit = (root: ShadowRoot, text: string) => {
  root.querySelector("input")!.value = text;
  root.querySelector("form")!.requestSubmit();
};

describe("<iitk-search>", () => {
  beforeEach(() => setup());

  it("is a labelled search box with a submit button", async () => {
    const fetch = mockFetch(() => json({}));
    const el = add(`<iitk-search></iitk-search>`);
    await until(el, "ready");
    const root = shadow(el);
    const input = root.querySelector("input[part=input]")!;
    const label = root.querySelector("label")!;
    expect(label.getAttribute("for")).toBe(input.id);
    expect(label.textContent).toBe("Search the toolkit");
    expect(input.getAttribute("type")).toBe("search");
    expect(root.querySelector("button[type=submit]")!.textContent).toBe("Search");
    expect(root.querySelector("form")!.getAttribute("role")).toBe("search");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("shows results that say their type, and announces how many", async () => {
    const fetch = mockFetch(() =>
      json({
        count: 3,
        next: null,
        previous: null,
        results: [
          tool("fishbone"),
          { type: "question", slug: "why", title: "Why?", summary: "", url: null },
          { type: "story", slug: "s", title: "A story", summary: "<b>bold</b>", url: `${ORIGIN}/s/` },
        ],
      }),
    );
    const el = add(`<iitk-search></iitk-search>`);
    await until(el, "ready");
    const root = shadow(el);
    submit(root, "  fishbone  ");
    await until(el, "loading");
    await until(el, "ready");
    const url = fetched(fetch)[0];
    expect(url.pathname).toBe("/api/iitk/v1/search/");
    expect(url.searchParams.get("q")).toBe("fishbone");
    expect(url.searchParams.get("partner")).toBe("trust-key");
    const items = [...root.querySelectorAll("[part=results] > li")];
    expect(items.map((li) => li.querySelector("[part=type]")!.textContent)).toEqual([
      "Tool",
      "Question",
      "Story",
    ]);
    expect(items[0].querySelector("a")!.getAttribute("href")).toBe(`${ORIGIN}/tools/fishbone/`);
    expect(items[1].querySelector("a")).toBeNull();
    expect(items[1].textContent).toContain("Why?");
    expect(items[2].querySelector("b")).toBeNull();
    expect(items[2].textContent).toContain("<b>bold</b>");
    const live = root.querySelector("[aria-live=polite]")!;
    expect(live.textContent).toBe("3 results");
  });

  it("does not search for nothing", async () => {
    const fetch = mockFetch(() => json({}));
    const el = add(`<iitk-search></iitk-search>`);
    await until(el, "ready");
    submit(shadow(el), "   ");
    await new Promise((r) => setTimeout(r, 10));
    expect(fetch).not.toHaveBeenCalled();
  });

  it("says when nothing is found", async () => {
    mockFetch(() => json({ count: 0, next: null, previous: null, results: [] }));
    const el = add(`<iitk-search></iitk-search>`);
    await until(el, "ready");
    submit(shadow(el), "zzz");
    await until(el, "loading");
    await until(el, "ready");
    expect(shadow(el).querySelector("[aria-live]")!.textContent).toBe("Nothing found");
  });

  it("keeps the form and offers a link to the toolkit when the API fails", async () => {
    mockFetch(() => json({ error: {} }, 503));
    const el = add(`<iitk-search></iitk-search>`);
    await until(el, "ready");
    const root = shadow(el);
    submit(root, "fishbone");
    await until(el, "error");
    expect(root.querySelector("input")).not.toBeNull();
    expect(root.querySelector("[part=results] a")!.getAttribute("href")).toBe(ORIGIN + "/");
    expect(root.querySelector("[aria-live]")!.textContent).toMatch(/could not be reached/);
  });
});
