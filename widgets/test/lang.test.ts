import { afterEach, describe, expect, it, vi } from "vitest";
import { configure, readConfig } from "../src/config";
import { langOf, stringsOf } from "../src/lang";
import { STRINGS } from "../src/strings";
import { CY } from "../src/strings-cy";
import { add, API, json, mockFetch, scriptTag, setup, shadow, until } from "./helpers";

describe("an element's language", () => {
  afterEach(() => document.documentElement.removeAttribute("lang"));

  it("is its own lang, else the closest ancestor's, else the page's", () => {
    document.documentElement.lang = "en-GB";
    document.body.innerHTML = `<section lang="cy"><div><i id="a"></i><b id="b" lang="en"></b></div></section><i id="c"></i>`;
    expect(langOf(document.getElementById("a")!)).toBe("cy");
    expect(langOf(document.getElementById("b")!)).toBe("en");
    expect(langOf(document.getElementById("c")!)).toBe("en-GB");
    // Not yet on the page: the page's language.
    document.documentElement.lang = "cy";
    expect(langOf(document.createElement("i"))).toBe("cy");
  });

  it("chooses Welsh for cy and its regional forms, English for anything else", () => {
    configure(readConfig(scriptTag({ "iitk-api": API })));
    for (const [lang, strings] of [["cy", CY], ["CY-gb", CY], ["en", STRINGS], ["", STRINGS], ["cym", STRINGS]] as const) {
      const el = document.createElement("i");
      el.setAttribute("lang", lang);
      expect(stringsOf(el).search, lang).toBe(strings.search);
    }
  });

  it("keeps the page's data-iitk-strings for English and the Welsh table for Welsh", () => {
    configure(readConfig(scriptTag({ "iitk-api": API, "iitk-strings": '{"search":"Find a tool"}' })));
    const el = document.createElement("i");
    expect(stringsOf(el).search).toBe("Find a tool");
    el.setAttribute("lang", "cy");
    expect(stringsOf(el).search).toBe(CY.search);
    expect(Object.keys(stringsOf(el)).sort()).toEqual(Object.keys(STRINGS).sort());
  });
});

describe("Welsh and English widgets side by side", () => {
  it("each element speaks its own language", async () => {
    setup();
    mockFetch(() => json({ count: 0, next: null, previous: null, results: [] }));
    document.body.innerHTML = "";
    const welsh = add(`<div lang="cy"><iitk-search loading="eager"></iitk-search></div>`).firstElementChild!;
    const english = add(`<iitk-search loading="eager" lang="en"></iitk-search>`);
    await until(welsh, "ready");
    await until(english, "ready");
    expect(shadow(welsh).querySelector("label")!.textContent).toBe("Chwilio'r pecyn cymorth");
    expect(shadow(welsh).querySelector("button")!.textContent).toBe("Chwilio");
    expect(shadow(english).querySelector("label")!.textContent).toBe("Search the toolkit");
  });

  it("a Welsh list's pager and range are Welsh", async () => {
    setup();
    mockFetch(() =>
      json({
        count: 12,
        next: API + "tools/?limit=1&offset=1",
        previous: null,
        results: [{ type: "tool", id: 1, slug: "a", title: "Map proses", url: "https://toolkit.example.org/a/" }],
      }),
    );
    const el = add(`<iitk-tool-list lang="cy" limit="1" loading="eager"></iitk-tool-list>`);
    await until(el, "ready");
    expect(shadow(el).querySelector("[part~=next]")!.textContent).toBe("Nesaf");
    expect(shadow(el).querySelector("[part=range]")!.textContent).toBe("1 i 1 o 12");
  });

  it("a Welsh share form asks the toolkit for Welsh messages", async () => {
    setup();
    const fetch = mockFetch((url) =>
      url.pathname.endsWith("tools/")
        ? json({ count: 0, next: null, previous: null, results: [] })
        : json({ error: { code: "invalid", message: "x", fields: {} } }, 400),
    );
    const el = add(`<iitk-share-story lang="cy" loading="eager"></iitk-share-story>`);
    await until(el, "ready");
    expect(shadow(el).querySelector("button")!.textContent).toBe(CY.send);
    shadow(el).querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    const headers = fetch.mock.calls[1][1]!.headers as Record<string, string>;
    expect(headers["Accept-Language"]).toBe("cy");
  });
});
