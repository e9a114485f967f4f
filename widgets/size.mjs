// Prints the size of each built file: minified bytes and gzip (level 9) bytes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { OUT } from "./build.mjs";

const BUDGETS = { "iitk-widgets.js": 8192, "iitk-widgets.cy.js": 10240, "iitk-embed.js": 512 };

let over = false;
let total = 0;
console.log("file".padEnd(20), "min".padStart(7), "gzip".padStart(7), " budget (gzip)");
for (const name of readdirSync(OUT).sort()) {
  if (!/\.(js|css)$/.test(name)) continue;
  const bytes = readFileSync(join(OUT, name));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget = BUDGETS[name];
  const verdict = budget ? ` ≤ ${budget} ${gzip <= budget ? "ok" : "OVER"}` : "";
  over ||= budget !== undefined && gzip > budget;
  total += gzip;
  console.log(name.padEnd(20), String(bytes.length).padStart(7), String(gzip).padStart(7), verdict);
}
console.log("total".padEnd(20), "".padStart(7), String(total).padStart(7));
process.exitCode = over ? 1 : 0;
