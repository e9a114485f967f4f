// Builds the widget files into the package's static folder, deterministically: the same
// source and esbuild version always give byte-identical files (CI rebuilds and compares).
//
//   iitk-widgets.js   the core: the custom elements (IIFE, no globals) and the loader of
//                     the lazy chunks
//   <tag>.js          a lazy chunk: one element's code (src/chunks/<tag>.ts), loaded by
//                     the core only when the page has that element (see src/lazy.ts)
//   iitk-strings-cy.js  a lazy chunk: the Welsh strings of every element (src/chunks/
//                     iitk-strings-cy.ts), loaded only when an element is Welsh (src/lang.ts)
//   iitk-embed.js     host-page helper that sizes toolkit iframes
//   iitk-frame.js     embed-page helper that reports its height to the host
//   iitk-card.css     the card design (src/card.css), for the server-rendered embeds
//   iitk-widgets.css  card + widget styles, for browsers without constructable stylesheets
//   iitk-host.css     optional host-page rules that reserve the widgets' space before the script runs
//   custom-elements.json  the Custom Elements Manifest of the elements (see manifest.mjs)
//   iitk-widgets.d.ts     TypeScript declarations of the elements, with JSX IntrinsicElements
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
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

/**
 * What the core lends its lazy chunks (src/kit.ts): {absolute path of a module: the
 * names it lends}. A module's export names come from esbuild itself.
 */
async function kitModules() {
  const source = await readFile(join(here, "src", "kit.ts"), "utf8");
  const body = source.slice(source.indexOf("=> ({"));
  const lent = new Set(body.match(/\b\w+(?=,)/g));
  const modules = {};
  for (const [, file] of source.matchAll(/^import \{[^}]*\} from "\.\/([\w-]+)";$/gm)) {
    const path = join(here, "src", file + ".ts");
    const result = await esbuild.build({
      entryPoints: [path],
      format: "esm",
      write: false,
      metafile: true,
      outdir: "out",
      logLevel: "silent",
      plugins: [cssAsText],
    });
    const exports = Object.values(result.metafile.outputs).flatMap((output) => output.exports);
    modules[path] = exports.filter((name) => lent.has(name));
  }
  return modules;
}

/**
 * In a chunk, an import from a kit module becomes a read of the kit the core put on the
 * chunk's script element (`_kit`, mangled alike in both builds through the shared
 * mangle cache). Any other module is bundled into the chunk.
 */
function fromKit(modules) {
  return {
    name: "from-kit",
    setup(build) {
      build.onResolve({ filter: /^iitk-kit$/ }, () => ({ path: "kit", namespace: "kit-root" }));
      build.onLoad({ filter: /.*/, namespace: "kit-root" }, () => ({
        contents: "export default document.currentScript._kit;",
        loader: "js",
      }));
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const path = join(args.resolveDir, args.path) + ".ts";
        return modules[path] ? { path, namespace: "kit" } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: "kit" }, (args) => ({
        contents: `import kit from "iitk-kit"; export const { ${modules[args.path].join(", ")} } = kit;`,
        loader: "js",
      }));
    },
  };
}

/** The lazy chunks: {tag: entry}, one per file in src/chunks/. */
async function chunkEntries() {
  const names = (await readdir(join(here, "src", "chunks"))).filter((name) => name.endsWith(".ts")).sort();
  return Object.fromEntries(names.map((name) => [name.slice(0, -3), `src/chunks/${name}`]));
}

const ENTRIES = {
  "iitk-widgets": "src/index.ts",
  "iitk-embed": "src/embed.ts",
  "iitk-frame": "src/frame.ts",
};

/** The built files: {name: text}. */
export async function buildFiles() {
  const files = {};
  // Built in this order: the core's mangled names are handed on to its chunks.
  let mangleCache = {};
  const chunks = await chunkEntries();
  const kit = await kitModules();
  const builds = [
    ...Object.entries(ENTRIES).map(([name, entry]) => [name, entry, {}]),
    ...Object.entries(chunks).map(([name, entry]) => [
      name,
      entry,
      {
        plugins: [fromKit(kit), cssAsText],
        // A chunk loaded by itself (without the core) must not throw into the host page.
        banner: { js: "try{" },
        footer: { js: "}catch(e){}" },
      },
    ]),
  ];
  for (const [name, entry, extra] of builds) {
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
      // Classes and modules are strict anyway; no "use strict" prologue needed.
      tsconfigRaw: { compilerOptions: { alwaysStrict: false, useDefineForClassFields: false } },
      mangleCache,
      ...extra,
    });
    if (name == "iitk-widgets") mangleCache = result.mangleCache;
    files[`${name}.js`] = result.outputFiles[0].text;
  }
  const card = await minifyCss(join(here, "src", "card.css"));
  const widgets = await minifyCss(join(here, "src", "widgets.css"));
  // Browsers without constructable stylesheets link this one file: every chunk's styles too.
  let chunkCss = "";
  for (const name of (await readdir(join(here, "src", "chunks"))).filter((n) => n.endsWith(".css")).sort()) {
    chunkCss += await minifyCss(join(here, "src", "chunks", name));
  }
  files["iitk-card.css"] = card + "\n";
  files["iitk-widgets.css"] = card + widgets + chunkCss + "\n";
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
