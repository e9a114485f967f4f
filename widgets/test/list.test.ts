import { beforeEach, describe, expect, it } from "vitest";
import { add, API, fetched, json, mockFetch, setup, shadow, tool, until } from "./helpers";

/** A tools/ list of `count` tools, paged like the API (next/previous absolute URLs). */
function toolsApi(count: number) {
  return (url: URL) => {
    const limit = Number(url.searchParams.get("limit") || 20);
    const offset = Number(url.searchParams.get("offset") || 0);
    const link = (at: number) => {
      const u = new URL(url);
      u.searchParams.set("offset", String(at));
      return u.href;
    };
    const results = Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) =>
      tool("t" + (offset + i)),
    );
    return json({
      count,
      next: offset + limit < count ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results,
    });
  };
}

const titles = (el: Element) =>
  [...shadow(el).querySelectorAll("[role=list] > li .iitk-card__link")].map((a) => a.textContent);

describe("<iitk-tool-list>", () => {
  beforeEach(() => setup());

  it("maps its attributes to the tools/ filters, 6 by default", async () => {
    const fetch = mockFetch(toolsApi(3));
    const el = add(
      `<iitk-tool-list perspective="systems" stage="understand" strand="define-the-problem" category="analysing-problems"></iitk-tool-list>`,
    );
    await until(el, "ready");
    const [url] = fetched(fetch);
    expect(url.origin + url.pathname).toBe(API + "tools/");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      limit: "6",
      perspective: "systems",
      stage: "understand",
      strand: "define-the-problem",
      category: "analysing-problems",
      partner: "trust-key",
    });
    expect(titles(el)).toEqual(["Tool t0", "Tool t1", "Tool t2"]);
    expect(shadow(el).querySelector("ul")!.getAttribute("role")).toBe("list");
  });

  it("sends no empty filters, and a sane limit", async () => {
    const fetch = mockFetch(toolsApi(3));
    for (const limit of ["0", "abc", "101", "-3"]) {
      const el = add(`<iitk-tool-list limit="${limit}"></iitk-tool-list>`);
      await until(el, "ready");
    }
    const el = add(`<iitk-tool-list limit="12"></iitk-tool-list>`);
    await until(el, "ready");
    const queries = fetched(fetch).map((u) => u.search);
    expect(queries).toEqual([
      ...Array(4).fill("?limit=6&partner=trust-key"),
      "?limit=12&partner=trust-key",
    ]);
  });

  it("pages with next and previous, following the API's links", async () => {
    const fetch = mockFetch(toolsApi(14));
    const el = add(`<iitk-tool-list perspective="risk"></iitk-tool-list>`);
    await until(el, "ready");
    const root = shadow(el);
    const [previous, next] = [...root.querySelectorAll("button")];
    expect(previous.textContent).toBe("Previous");
    expect(next.textContent).toBe("Next");
    expect(previous.disabled).toBe(true);
    expect(next.disabled).toBe(false);
    expect(root.querySelector("[part=range]")!.textContent).toBe("1 to 6 of 14");

    next.click();
    await until(el, "loading");
    await until(el, "ready");
    expect(titles(el)[0]).toBe("Tool t6");
    expect(fetched(fetch)[1].searchParams.get("offset")).toBe("6");
    expect(fetched(fetch)[1].searchParams.get("perspective")).toBe("risk");

    next.focus();
    next.click();
    await until(el, "loading");
    await until(el, "ready");
    expect(titles(el)).toEqual(["Tool t12", "Tool t13"]);
    expect(root.querySelector("[part=range]")!.textContent).toBe("13 to 14 of 14");
    expect(next.disabled).toBe(true);
    // The focused button became disabled: focus moves to the other one.
    expect(root.activeElement).toBe(previous);

    previous.click();
    await until(el, "loading");
    await until(el, "ready");
    expect(titles(el)[0]).toBe("Tool t6");
    // The same buttons stay in place, so keyboard focus is not lost.
    expect(root.querySelectorAll("button")[0]).toBe(previous);
  });

  it("uses only the query of the API's links, on its own API base", async () => {
    const fetch = mockFetch((url) =>
      url.searchParams.get("offset")
        ? json({ count: 7, next: null, previous: null, results: [tool("b")] })
        : json({
            count: 7,
            next: "https://evil.example/steal?limit=6&offset=6",
            previous: null,
            results: [tool("a")],
          }),
    );
    const el = add(`<iitk-tool-list></iitk-tool-list>`);
    await until(el, "ready");
    shadow(el).querySelectorAll("button")[1].click();
    await until(el, "loading");
    await until(el, "ready");
    expect(fetched(fetch)[1].href).toBe(API + "tools/?limit=6&offset=6&partner=trust-key");
  });

  it("hides the pager when there is one page, and says when nothing matches", async () => {
    mockFetch(toolsApi(0));
    const el = add(`<iitk-tool-list></iitk-tool-list>`);
    await until(el, "ready");
    const buttons = [...shadow(el).querySelectorAll("button")];
    expect(buttons.every((b) => b.hidden)).toBe(true);
    expect(shadow(el).querySelector("[part=range]")!.textContent).toBe("Nothing found");
  });

  it("shows the fallback when the filter is refused", async () => {
    mockFetch(() => json({ error: { code: "invalid", message: "x" } }, 400));
    const el = add(`<iitk-tool-list perspective="typo"><a href="/">Tools</a></iitk-tool-list>`);
    await until(el, "error");
    expect(shadow(el).querySelector("slot")).not.toBeNull();
  });
});
