// Builds the widget files into the package's static folder, deterministically: the same
// source and esbuild version always give byte-identical files (CI rebuilds and compares).
//
//   iitk-widgets.js   the custom elements (IIFE, no globals)
//   iitk-widgets.cy.js  the same with the Welsh strings, loaded instead on pages with Welsh
//   iitk-embed.js     host-page helper that sizes toolkit iframes
//   iitk-frame.js     embed-page helper that reports its height to the host
//   iitk-card.css     the card design (src/card.css), for the server-rendered embeds
//   iitk-widgets.css  card + widget styles, for browsers without constructable stylesheets
//   iitk-host.css     optional host-page rules that reserve the widgets' space before the script runs
//   custom-elements.json  the Custom Elements Manifest of the elements (see manifest.mjs)
//   iitk-widgets.d.ts     TypeScript declarations of the elements, with JSX IntrinsicElements
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { declarations, manifest } from "./manifest.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const OUT = join(here, "..", "wagtail_iitk", "static", "wagtail_iitk", "widgets");

const TARGET = "es2020";

async function minifyCss(path) {
  const source = await readFile(path, "utf8");
  const result = await esbuild.transform(source, {
    loader: "css",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    target: ["chrome80", "firefox78", "safari14"],
  });
  return result.code.trim();
}

/** `import text from "./x.css"` gives the minified CSS as a string. */
const cssAsText = {
  name: "css-as-text",
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) => ({
      path: join(args.resolveDir, args.path),
      namespace: "css-text",
    }));
    build.onLoad({ filter: /.*/, namespace: "css-text" }, async (args) => ({
      contents: await minifyCss(args.path),
      loader: "text",
    }));
  },
};

const ENTRIES = {
  "iitk-widgets": "src/index.ts",
  "iitk-widgets.cy": "src/index.ts",
  "iitk-embed": "src/embed.ts",
  "iitk-frame": "src/frame.ts",
};

/** The built files: {name: text}. */
export async function buildFiles() {
  const files = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const result = await esbuild.build({
      absWorkingDir: here,
      entryPoints: [entry],
      bundle: true,
      format: "iife",
      minify: true,
      // Internal members are named _like_this: shortened, and never clash with HTMLElement's.
      mangleProps: /^_/,
      target: TARGET,
      legalComments: "none",
      charset: "utf8",
      sourcemap: false,
      write: false,
      logLevel: "warning",
      plugins: [cssAsText],
      // The Welsh build keeps the Welsh table and the per-element choice; the English drops both.
      define: { WELSH: String(name.endsWith(".cy")) },
      // Classes and modules are strict anyway; no "use strict" prologue needed.
      tsconfigRaw: { compilerOptions: { alwaysStrict: false, useDefineForClassFields: false } },
    });
    files[`${name}.js`] = result.outputFiles[0].text;
  }
  const card = await minifyCss(join(here, "src", "card.css"));
  const widgets = await minifyCss(join(here, "src", "widgets.css"));
  files["iitk-card.css"] = card + "\n";
  files["iitk-widgets.css"] = card + widgets + "\n";
  files["iitk-host.css"] = (await minifyCss(join(here, "src", "host.css"))) + "\n";
  const cem = await manifest(here);
  files["custom-elements.json"] = JSON.stringify(cem, null, 2) + "\n";
  files["iitk-widgets.d.ts"] = declarations(cem);
  return files;
}

/** Write the files; with check, only compare them with what is there (exit 1 if stale). */
async function main(check) {
  const files = await buildFiles();
  if (check) {
    const stale = [];
    for (const [name, text] of Object.entries(files)) {
      const current = await readFile(join(OUT, name), "utf8").catch(() => null);
      if (current !== text) stale.push(name);
    }
    if (stale.length) {
      console.error(`stale build: ${stale.join(", ")} (run npm run build in widgets/)`);
      process.exitCode = 1;
    } else console.log(`build is up to date: ${Object.keys(files).join(", ")}`);
    return;
  }
  await mkdir(OUT, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(OUT, name), text);
  console.log(`built ${Object.keys(files).join(", ")} in ${OUT}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(process.argv.includes("--check"));
}
