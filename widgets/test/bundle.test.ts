/**
 * Checks of the BUILT files in wagtail_iitk/static/wagtail_iitk/widgets/ (run
 * `npm run build` first): size budgets, no globals, safe DOM APIs only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const OUT = join(__dirname, "..", "..", "wagtail_iitk", "static", "wagtail_iitk", "widgets");
const read = (name: string) => readFileSync(join(OUT, name), "utf8");
const gzip = (name: string) => gzipSync(readFileSync(join(OUT, name)), { level: 9 }).length;

describe("the built files", () => {
  it("keep to the size budgets", () => {
    expect(gzip("iitk-widgets.js")).toBeLessThanOrEqual(8192);
    expect(gzip("iitk-embed.js")).toBeLessThanOrEqual(512);
    expect(gzip("iitk-widgets.cy.js")).toBeLessThanOrEqual(10240);
  });

  it("use no unsafe DOM or code APIs", () => {
    for (const name of ["iitk-widgets.js", "iitk-widgets.cy.js", "iitk-embed.js", "iitk-frame.js"]) {
      const code = read(name);
      for (const bad of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(", '"style"', "cssText"]) {
        expect(code.includes(bad), `${name} uses ${bad}`).toBe(false);
      }
    }
  });

  it("never post messages to '*'", () => {
    expect(read("iitk-frame.js")).not.toMatch(/postMessage\([^)]*"\*"/);
  });

  it("ship the card design as iitk-card.css, also inside the widget styles", () => {
    const card = read("iitk-card.css").trim();
    expect(card).toContain(".iitk-card{");
    expect(read("iitk-widgets.css").startsWith(card)).toBe(true);
    expect(read("iitk-widgets.js")).toContain(card);
  });

  it("define the elements and add no other globals, even when loaded twice", () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const script = document.createElement("script");
    script.setAttribute("src", "https://toolkit.example.org/static/wagtail_iitk/widgets/iitk-widgets.js");
    script.setAttribute("data-iitk-api", "https://toolkit.example.org/api/iitk/v1/");
    document.head.append(script);
    const code = read("iitk-widgets.js");
    new Function(code)();
    new Function(code)();
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    expect(added).toEqual([]);
    for (const name of [
      "iitk-tool-card",
      "iitk-story-card",
      "iitk-tool-list",
      "iitk-question-explorer",
      "iitk-search",
      "iitk-share-story",
    ]) {
      expect(customElements.get(name), name).toBeDefined();
    }
  });

  it("have no timestamps or absolute paths of the build machine", () => {
    for (const name of ["iitk-widgets.js", "iitk-embed.js", "iitk-frame.js", "iitk-widgets.css"]) {
      const code = read(name);
      expect(code).not.toMatch(/\/work\/|\/home\/|\/tmp\/|20\d\d-\d\d-\d\dT/);
    }
  });
});
