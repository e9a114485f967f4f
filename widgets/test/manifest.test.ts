/**
 * The built custom-elements.json and iitk-widgets.d.ts (run `npm run build` first)
 * describe the elements the bundle defines, with the attributes they observe.
 * test/declarations.ts checks the declarations with the TypeScript compiler
 * (`npm run typecheck`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVERY_ELEMENT as ELEMENTS } from "./everything";

const OUT = join(__dirname, "..", "..", "wagtail_iitk", "static", "wagtail_iitk", "widgets");

interface Described {
  tagName: string;
  attributes: { name: string; type: { text: string }; description: string }[];
  events: { name: string }[];
  slots: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string }[];
}

const manifest = JSON.parse(readFileSync(join(OUT, "custom-elements.json"), "utf8"));
const described: Described[] = manifest.modules.flatMap((m: { declarations: Described[] }) => m.declarations);

describe("custom-elements.json", () => {
  it("describes every element the bundle defines, and nothing else", () => {
    expect(described.map((d) => d.tagName).sort()).toEqual(Object.keys(ELEMENTS).sort());
  });

  it("documents exactly the attributes each element observes, besides loading and state", () => {
    for (const d of described) {
      const observed = (ELEMENTS[d.tagName] as unknown as { observedAttributes?: string[] }).observedAttributes || [];
      const documented = d.attributes.map((a) => a.name).filter((name) => name != "loading" && name != "state");
      expect(documented.sort(), d.tagName).toEqual([...observed].sort());
      for (const a of d.attributes) expect(a.description, `${d.tagName} ${a.name}`).toBeTruthy();
    }
  });

  it("gives every element the state event, the fallback slot, the theme and the status part", () => {
    for (const d of described) {
      expect(d.events.map((e) => e.name)).toEqual(["iitk-state"]);
      expect(d.slots.map((s) => s.name)).toEqual([""]);
      expect(d.cssProperties.map((p) => p.name)).toContain("--iitk-accent");
      expect(d.cssParts.map((p) => p.name)).toContain("status");
    }
  });
});

describe("iitk-widgets.d.ts", () => {
  const dts = readFileSync(join(OUT, "iitk-widgets.d.ts"), "utf8");

  it("maps every tag in HTMLElementTagNameMap and JSX", () => {
    for (const tag of Object.keys(ELEMENTS)) expect(dts.split(`"${tag}": `).length - 1, tag).toBe(2);
    expect(dts).toContain("namespace JSX {");
  });
});
