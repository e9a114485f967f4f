// Describes the elements for tools, from the JSDoc tags on their classes in src/
// (@tag, @attr, @fires, @slot, @csspart, @cssprop), read by
// @custom-elements-manifest/analyzer:
//
//   custom-elements.json   the Custom Elements Manifest (editors, linters, Storybook...)
//   iitk-widgets.d.ts      TypeScript: HTMLElementTagNameMap, the iitk-state event, and
//                          JSX IntrinsicElements with every element's attributes
//
// Both are deterministic (build.mjs writes them next to the bundle and --check compares).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { create, ts } from "@custom-elements-manifest/analyzer";

/** The modules that hold the elements (Base, whose tags every element inherits, first). */
const SOURCES = ["src/base.ts", "src/elements.ts", "src/discussion.ts", "src/events.ts", "src/explorer.ts", "src/share.ts"];
/** The bundle that defines them all (a classic script: it exports nothing). */
const BUNDLE = "iitk-widgets.js";
/** Attributes the element sets itself: in the manifest, never offered to JSX. */
const SET_BY_ELEMENT = new Set(["state"]);

/** The manifest: the analyzer's, cut to the public elements and their public surface. */
export async function manifest(here) {
  const modules = await Promise.all(
    SOURCES.map(async (path) =>
      ts.createSourceFile(path, await readFile(join(here, path), "utf8"), ts.ScriptTarget.ES2020, true),
    ),
  );
  const analysed = create({ modules, plugins: [], context: { dev: false } });
  const declarations = analysed.modules
    .flatMap((module) => module.declarations || [])
    .filter((d) => d.kind == "class" && d.customElement && d.tagName)
    .map(element)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return {
    schemaVersion: analysed.schemaVersion,
    modules: [
      {
        kind: "javascript-module",
        path: BUNDLE,
        declarations,
        exports: declarations.map((d) => ({
          kind: "custom-element-definition",
          name: d.tagName,
          declaration: { name: d.name, module: BUNDLE },
        })),
      },
    ],
  };
}

/** One element, without its internals (every member is `_private`, mangled in the bundle). */
function element(d) {
  // Each item's keys in one order (name, type, description), whatever the analyzer's.
  const clean = (list) =>
    (list || [])
      .map(({ inheritedFrom, name, type, description, ...rest }) => ({ name, type, description, ...rest }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const out = {
    kind: "class",
    name: d.name,
    tagName: d.tagName,
    customElement: true,
    summary: d.summary,
    description: d.description,
    superclass: { name: "HTMLElement", package: "global:" },
    attributes: clean(d.attributes),
    events: clean(d.events),
    slots: clean(d.slots),
    cssParts: clean(d.cssParts),
    cssProperties: clean(d.cssProperties),
  };
  const members = (d.members || []).filter((m) => !m.name.startsWith("_") && !m.static && m.privacy != "private");
  if (members.length) out.members = clean(members);
  return JSON.parse(JSON.stringify(out)); // without the undefined keys
}

const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const comment = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, "*\\/").replace(/\n/g, `\n${indent} * `)} */\n` : "";

/** TypeScript declarations for the elements, from the manifest. */
export function declarations(cem) {
  const elements = cem.modules.flatMap((m) => m.declarations);
  const state = elements[0].attributes.find((a) => a.name == "state").type.text;
  const lines = [
    "// The toolkit's widgets, for TypeScript: generated from custom-elements.json (widgets/manifest.mjs).",
    "// The elements are defined by iitk-widgets.js, a classic script; this file only describes them.",
    "",
    `/** An element's \`state\` attribute, also the \`detail\` of its \`iitk-state\` event. */`,
    `export type IitkState = ${state};`,
    "",
    "/** Fired by every toolkit element each time its `state` changes (bubbles, composed). */",
    "export type IitkStateEvent = CustomEvent<IitkState>;",
    "",
  ];
  for (const el of elements) {
    const name = pascal(el.tagName);
    lines.push(comment(`\`<${el.tagName}>\`: ${el.summary || ""}`, "") + `export interface ${name}Element extends HTMLElement {}`, "");
    lines.push(comment(`The attributes of \`<${el.tagName}>\` (all optional, all strings in HTML).`, "") + `export interface ${name}Attributes {`);
    for (const attr of el.attributes.filter((a) => !SET_BY_ELEMENT.has(a.name))) {
      lines.push(comment(attr.description, "  ") + `  ${attr.name}?: ${attr.type ? attr.type.text : "string"};`);
    }
    lines.push("}", "");
  }
  lines.push(
    "/** Each element's attributes, by tag: add to your framework's JSX namespace if it is not the global one. */",
    "export interface IitkIntrinsicElements {",
    ...elements.map((el) => `  "${el.tagName}": ${pascal(el.tagName)}Attributes & IitkJSXAttributes;`),
    "}",
    "",
    "/** What JSX lets you put on any element besides its own attributes. */",
    "export interface IitkJSXAttributes {",
    "  children?: unknown;",
    "  key?: string | number;",
    "  ref?: unknown;",
    "  class?: string;",
    "  className?: string;",
    "  id?: string;",
    "  slot?: string;",
    "  hidden?: boolean;",
    "  lang?: string;",
    "  title?: string;",
    "  style?: unknown;",
    "  [data: `data-${string}`]: unknown;",
    "  [aria: `aria-${string}`]: unknown;",
    "}",
    "",
    "declare global {",
    "  interface HTMLElementTagNameMap {",
    ...elements.map((el) => `    "${el.tagName}": ${pascal(el.tagName)}Element;`),
    "  }",
    "  interface HTMLElementEventMap {",
    '    "iitk-state": IitkStateEvent;',
    "  }",
    "  namespace JSX {",
    "    interface IntrinsicElements extends IitkIntrinsicElements {}",
    "  }",
    "}",
    "",
  );
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}
