// Vendors the NHS.UK frontend into the example site's static files (run by
// `make nhsuk-frontend`; the output is committed, so `make demo` needs no npm):
//
//   nhsuk-frontend.min.css   compiled from nhsuk.scss: no web fonts, icons beside it
//   nhsuk-frontend.min.js    the package's own ES module, unchanged
//   images/*.svg             the icons the stylesheet refers to
//   LICENCE.txt              the package's version and MIT licence
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "node_modules", "nhsuk-frontend");
const dist = join(pkg, "dist", "nhsuk");
export const OUT = join(here, "..", "static", "iitk_demo", "nhsuk");

const { version, license } = JSON.parse(await readFile(join(pkg, "package.json"), "utf8"));
const { css } = sass.compile(join(here, "nhsuk.scss"), {
  loadPaths: [join(here, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
// Nothing may be fetched from another site at run time.
const remote = css.match(/url\((["']?)(https?:)?\/\//g);
if (remote) throw Error(`the stylesheet still refers to other sites: ${remote}`);
const icons = [...new Set([...css.matchAll(/url\(["']?images\/([\w.-]+)["']?\)/g)].map((m) => m[1]))];

await rm(OUT, { recursive: true, force: true });
await mkdir(join(OUT, "images"), { recursive: true });
await writeFile(join(OUT, "nhsuk-frontend.min.css"), `/*! nhsuk-frontend ${version} (${license}) */\n${css}\n`);
const js = await readFile(join(dist, "nhsuk-frontend.min.js"), "utf8");
await writeFile(join(OUT, "nhsuk-frontend.min.js"), js.replace(/\n?\/\/# sourceMappingURL=.*$/, "\n"));
for (const icon of icons.sort()) await copyFile(join(dist, "assets", "images", icon), join(OUT, "images", icon));
await writeFile(
  join(OUT, "LICENCE.txt"),
  `nhsuk-frontend ${version}, from the npm registry (https://github.com/nhsuk/nhsuk-frontend).

MIT License

Copyright (c) 2019 NHS.UK

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify,
merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following
conditions:

The above copyright notice and this permission notice shall be included in all copies
or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`,
);
console.log(`nhsuk-frontend ${version}: ${icons.length} icons, css ${css.length} B, in ${OUT}`);
