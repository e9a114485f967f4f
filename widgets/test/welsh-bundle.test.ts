/**
 * The built bundles on a Welsh page: the English bundle hands over to iitk-widgets.cy.js
 * (and defines nothing itself); the Welsh build, configured by the page's tag, makes
 * Welsh widgets. (Run `npm run build` first.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { API, SCRIPT_SRC } from "./helpers";

const OUT = join(__dirname, "..", "..", "wagtail_iitk", "static", "wagtail_iitk", "widgets");
const run = (name: string) => new Function(readFileSync(join(OUT, name), "utf8"))();

describe("a page in Welsh", () => {
  it("gets the Welsh build from the English bundle, which defines nothing itself", async () => {
    document.documentElement.lang = "en-GB";
    document.body.innerHTML = `<section lang="cy"><iitk-search loading="eager"></iitk-search></section>`;
    const tag = document.createElement("script");
    tag.setAttribute("src", SCRIPT_SRC);
    tag.setAttribute("data-iitk-api", API);
    document.head.append(tag);
    run("iitk-widgets.js");
    const added = [...document.head.querySelectorAll("script")].map((s) => s.getAttribute("src"));
    expect(added).toEqual([SCRIPT_SRC, SCRIPT_SRC.replace(/js$/, "cy.js")]);
    expect(customElements.get("iitk-search")).toBeUndefined();

    // The Welsh build, as the browser would run it: the widgets in their own languages.
    run("iitk-widgets.cy.js");
    expect(customElements.get("iitk-search")).toBeDefined();
    const label = (el: Element) => el.shadowRoot!.querySelector("label")?.textContent;
    const welsh = document.querySelector("iitk-search")!;
    await vi.waitFor(() => expect(label(welsh)).toBe("Chwilio'r pecyn cymorth"));
    const english = document.createElement("iitk-search");
    english.setAttribute("lang", "en");
    english.setAttribute("loading", "eager");
    document.body.append(english);
    await vi.waitFor(() => expect(label(english)).toBe("Search the toolkit"));
  });
});
