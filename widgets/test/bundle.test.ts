/**
 * Checks of the BUILT files in wagtail_iitk/static/wagtail_iitk/widgets/ (run
 * `npm run build` first): size budgets, no globals, safe DOM APIs only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LAZY } from "../src/lazy";

const OUT = join(__dirname, "..", "..", "wagtail_iitk", "static", "wagtail_iitk", "widgets");
const read = (name: string) => readFileSync(join(OUT, name), "utf8");
const gzip = (name: string) => gzipSync(readFileSync(join(OUT, name)), { level: 9 }).length;
const SRC = "https://toolkit.example.org/static/wagtail_iitk/widgets/";

/** Run the built core as if from its script tag. */
function core(): void {
  if (!document.querySelector("script[data-iitk-api]")) {
    const script = document.createElement("script");
    script.setAttribute("src", SRC + "iitk-widgets.js");
    script.setAttribute("data-iitk-api", "https://toolkit.example.org/api/iitk/v1/");
    document.head.append(script);
  }
  new Function(read("iitk-widgets.js"))();
}

/** Every lazy chunk: the lazy elements' and the Welsh strings'. */
const CHUNKS = [...LAZY, "iitk-strings-cy"].map((name) => name + ".js");

const chunkScripts = () =>
  [...document.querySelectorAll("script")].filter((s) => LAZY.some((tag) => s.src.endsWith(tag + ".js")));

/** Run ``code`` with document.currentScript set to ``script``, as a browser runs it. */
function asCurrentScript(script: HTMLScriptElement, code: () => void): void {
  Object.defineProperty(document, "currentScript", { value: script, configurable: true });
  try {
    code();
  } finally {
    delete (document as unknown as { currentScript?: unknown }).currentScript;
  }
}

describe("the built files", () => {
  it("keep to the size budgets", () => {
    // The core; lazy chunks are loaded only by pages that have their element.
    expect(gzip("iitk-widgets.js")).toBeLessThanOrEqual(6144);
    expect(gzip("iitk-embed.js")).toBeLessThanOrEqual(512);
  });

  it("use no unsafe DOM or code APIs", () => {
    for (const name of ["iitk-widgets.js", "iitk-embed.js", "iitk-frame.js", ...CHUNKS]) {
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

  it("define the core's elements, load no chunk for a page without lazy elements, and add no globals, even when loaded twice", () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    core();
    core();
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    expect(added).toEqual([]);
    for (const name of ["iitk-tool-card", "iitk-story-card", "iitk-tool-list", "iitk-search"]) {
      expect(customElements.get(name), name).toBeDefined();
    }
    for (const tag of LAZY) expect(customElements.get(tag), tag).toBeUndefined();
    expect(chunkScripts()).toEqual([]);
  });

  it("load a lazy element's chunk once, beside the core, when the page has the element", async () => {
    const el = document.createElement("iitk-share-story");
    document.body.append(el);
    await new Promise((r) => setTimeout(r)); // the core's MutationObserver
    const [script, ...more] = chunkScripts();
    expect(more).toEqual([]);
    expect(script.src).toBe("https://toolkit.example.org/static/wagtail_iitk/widgets/iitk-share-story.js");
    expect(customElements.get("iitk-share-story")).toBeUndefined();

    // The chunk, run as that script, defines its element from the core's kit: no globals.
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    asCurrentScript(script, () => new Function(read("iitk-share-story.js"))());
    expect(Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name))).toEqual([]);
    expect(customElements.get("iitk-share-story")).toBeDefined();
    el.remove();
  });

  it("run a chunk loaded without the core without throwing into the page", () => {
    const stray = document.createElement("script");
    for (const name of CHUNKS) {
      expect(() => asCurrentScript(stray, () => new Function(read(name))())).not.toThrow();
    }
  });

  it("have no timestamps or absolute paths of the build machine", () => {
    for (const name of ["iitk-widgets.js", "iitk-embed.js", "iitk-frame.js", "iitk-widgets.css", ...CHUNKS]) {
      const code = read(name);
      expect(code).not.toMatch(/\/work\/|\/home\/|\/tmp\/|20\d\d-\d\d-\d\dT/);
    }
  });
});
