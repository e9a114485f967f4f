/**
 * The built files on a page with a Welsh section: the core asks for the Welsh strings
 * chunk (iitk-strings-cy.js, beside it) only when an element is Welsh, and the chunk,
 * run as that script, makes the Welsh elements Welsh and leaves the English ones English.
 * (Run `npm run build` first.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { API, SCRIPT_SRC } from "./helpers";

const OUT = join(__dirname, "..", "..", "wagtail_iitk", "static", "wagtail_iitk", "widgets");
const read = (name: string) => readFileSync(join(OUT, name), "utf8");
const stringsScripts = () => [...document.querySelectorAll("script")].filter((s) => s.src.endsWith("iitk-strings-cy.js"));

describe("a page with Welsh", () => {
  it("loads the Welsh strings once, beside the core, only when an element is Welsh", async () => {
    document.documentElement.lang = "en-GB";
    document.body.innerHTML = `<section lang="cy"><p>Croeso</p></section><iitk-search loading="eager"></iitk-search>`;
    const tag = document.createElement("script");
    tag.setAttribute("src", SCRIPT_SRC);
    tag.setAttribute("data-iitk-api", API);
    document.head.append(tag);
    new Function(read("iitk-widgets.js"))();
    expect(customElements.get("iitk-search")).toBeDefined();
    // Welsh on the page, but no Welsh element: English only, nothing more loaded.
    expect(stringsScripts()).toEqual([]);
    const label = (el: Element) => el.shadowRoot!.querySelector("label")?.textContent;
    const english = document.querySelector("iitk-search")!;
    await vi.waitFor(() => expect(label(english)).toBe("Search the toolkit"));

    const welsh = document.createElement("iitk-search");
    welsh.setAttribute("loading", "eager");
    document.querySelector("section")!.append(welsh, document.createElement("iitk-tool-list"));
    const [script, ...more] = stringsScripts();
    expect(more).toEqual([]);
    expect(script.src).toBe(SCRIPT_SRC.replace("iitk-widgets.js", "iitk-strings-cy.js"));
    // The chunk, run as that script (as the browser would, before its load event).
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    Object.defineProperty(document, "currentScript", { value: script, configurable: true });
    try {
      new Function(read("iitk-strings-cy.js"))();
    } finally {
      delete (document as unknown as { currentScript?: unknown }).currentScript;
    }
    expect(Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name))).toEqual([]);
    script.dispatchEvent(new Event("load"));
    await vi.waitFor(() => expect(label(welsh)).toBe("Chwilio'r pecyn cymorth"));
    expect(label(english)).toBe("Search the toolkit");
  });
});
