// Prints the size of each built file: minified bytes and gzip (level 9) bytes, and fails
// (exit 1) when a budgeted file is over its budget. The core (iitk-widgets.js) is what
// every page with a widget loads; each lazy chunk is loaded only by pages that have its
// element (src/lazy.ts), or an element in its language (iitk-strings-cy.js, src/lang.ts),
// so it is reported on its own line, apart from the core.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { OUT } from "./build.mjs";

const BUDGETS = { "iitk-widgets.js": 6144, "iitk-embed.js": 512 };
// Names of the lazy chunks: one per src/chunks/<tag>.ts.
const CHUNKS = new Set(
  readdirSync(new URL("./src/chunks/", import.meta.url))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => name.replace(/\.ts$/, ".js")),
);

let over = false;
const gz = (name) => gzipSync(readFileSync(join(OUT, name)), { level: 9 }).length;
const row = (name, note = "") => {
  const bytes = readFileSync(join(OUT, name)).length;
  console.log(name.padEnd(28), String(bytes).padStart(7), String(gz(name)).padStart(7), note);
};
console.log("file".padEnd(28), "min".padStart(7), "gzip".padStart(7), " budget (gzip)");
const files = readdirSync(OUT)
  .filter((name) => /\.(js|css)$/.test(name))
  .sort();
for (const name of files.filter((name) => !CHUNKS.has(name))) {
  const budget = BUDGETS[name];
  const gzip = gz(name);
  over ||= budget !== undefined && gzip > budget;
  row(name, budget ? ` ≤ ${budget} ${gzip <= budget ? "ok" : "OVER"}` : "");
}
console.log("lazy chunks (loaded only where their element, or an element in their language, is on the page):");
for (const name of files.filter((name) => CHUNKS.has(name))) row(name);
const missing = [...CHUNKS].filter((name) => !files.includes(name));
if (missing.length) {
  console.error(`not built: ${missing.join(", ")} (run npm run build)`);
  over = true;
}
process.exitCode = over ? 1 : 0;
