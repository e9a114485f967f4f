import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { defineConfig } from "vitest/config";

/** Like esbuild's text loader in build.mjs: `import css from "./x.css"` is a string. */
const cssAsText = {
  name: "css-as-text",
  enforce: "pre" as const,
  resolveId(id: string, importer?: string) {
    // The virtual id must not end in .css, or Vite's own CSS handling takes it over.
    if (id.endsWith(".css") && importer) return "\0css-text:" + resolve(dirname(importer), id) + ".txt";
    return null;
  },
  load(id: string) {
    if (!id.startsWith("\0css-text:")) return null;
    const path = id.slice("\0css-text:".length, -".txt".length);
    return "export default " + JSON.stringify(readFileSync(path, "utf8"));
  },
};

export default defineConfig({
  plugins: [cssAsText],
  test: {
    environment: "happy-dom",
    environmentOptions: {
      happyDOM: {
        url: "https://intranet.example.nhs.uk/page",
        settings: {
          disableIframePageLoading: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    include: ["test/**/*.test.ts"],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
