import { afterEach, describe, expect, it, vi } from "vitest";
// The Welsh chunk's code, as the browser runs it: it adds the Welsh table.
import "../src/chunks/iitk-strings-cy";
import { chunkLangOf, langOf } from "../src/lang";
import { DISCUSSION_STRINGS } from "../src/discussion-strings";
import { EVENTS_STRINGS } from "../src/events-strings";
import { SHARE_STRINGS } from "../src/share-strings";
import { STRINGS } from "../src/strings";
import { CY } from "../src/strings-cy";
import { add, API, json, mockFetch, setup, shadow, until } from "./helpers";

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

  it("is Welsh for cy and its regional forms, English for anything else", () => {
    for (const [lang, code] of [["cy", "cy"], ["CY-gb", "cy"], ["en", ""], ["", ""], ["cym", ""], ["cy_GB", ""]]) {
      const el = document.createElement("i");
      el.setAttribute("lang", lang);
      expect(chunkLangOf(el), lang).toBe(code);
    }
  });

  it("has a Welsh string for every English one, the core's and the lazy elements'", () => {
    const every = { ...STRINGS, ...SHARE_STRINGS, ...DISCUSSION_STRINGS, ...EVENTS_STRINGS };
    expect(Object.keys(CY).sort()).toEqual(Object.keys(every).sort());
    for (const [key, text] of Object.entries(CY)) {
      // The same placeholders in both languages.
      const english = every[key as keyof typeof CY];
      expect(text.match(/\{\w+\}/g), key).toEqual(english.match(/\{\w+\}/g));
    }
  });
});

describe("Welsh and English widgets side by side", () => {
  it("each element speaks its own language, and the page's data-iitk-strings apply to English", async () => {
    setup({ "iitk-strings": '{"search":"Find a tool"}' });
    mockFetch(() => json({ count: 0, next: null, previous: null, results: [] }));
    document.body.innerHTML = "";
    const welsh = add(`<div lang="cy"><iitk-search loading="eager"></iitk-search></div>`).firstElementChild!;
    const english = add(`<iitk-search loading="eager" lang="en"></iitk-search>`);
    await until(welsh, "ready");
    await until(english, "ready");
    expect(shadow(welsh).querySelector("label")!.textContent).toBe("Chwilio'r pecyn cymorth");
    expect(shadow(welsh).querySelector("button")!.textContent).toBe("Chwilio");
    expect(shadow(english).querySelector("label")!.textContent).toBe("Find a tool");
    expect(shadow(english).querySelector("button")!.textContent).toBe(STRINGS.submit);
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

  it("an English share form beside it is English and leaves the language to the browser", async () => {
    setup();
    const fetch = mockFetch((url) =>
      url.pathname.endsWith("tools/")
        ? json({ count: 0, next: null, previous: null, results: [] })
        : json({ error: { code: "invalid", message: "x", fields: {} } }, 400),
    );
    const el = add(`<div lang="cy"><iitk-share-story lang="en-GB" loading="eager"></iitk-share-story></div>`)
      .firstElementChild!;
    await until(el, "ready");
    expect(shadow(el).querySelector("button")!.textContent).toBe(SHARE_STRINGS.send);
    shadow(el).querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    const headers = fetch.mock.calls[1][1]!.headers as Record<string, string>;
    expect(headers).not.toHaveProperty("Accept-Language");
  });

});
