import { pick, STRINGS, type Strings } from "./strings";

export interface Config {
  /** The API base, ending with a slash, e.g. https://toolkit.example/api/iitk/v1/ */
  api: string;
  /** The partner's public widget key (may be empty). */
  partner: string;
  /** The default accent colour (a hex colour). */
  theme: string;
  /** The toolkit home: the API's origin + "/"; the fallback link. */
  home: string;
  /** The built stylesheet, for browsers without constructable stylesheets. */
  css: string;
  /** The core script's own URL: lazy chunks and the stylesheet are beside it. */
  src: string;
  s: Strings;
  /** The parsed `data-iitk-strings` (or {}), for the strings of lazy chunks. */
  given: Record<string, unknown>;
}

const HEX = /^#(?:[\da-f]{3}){1,2}$/i;
export const HTTP = /^https?:$/;

/** The configuration in a script tag's data-iitk-* attributes, with defaults. */
export function readConfig(script?: HTMLScriptElement | null): Config {
  const data: DOMStringMap = (script && script.dataset) || {};
  const src = (script && script.src) || location.href;
  let api = new URL(data.iitkApi || "/api/iitk/v1/", src);
  if (!HTTP.test(api.protocol)) api = new URL("/api/iitk/v1/", src);
  api.search = api.hash = "";
  if (!api.pathname.endsWith("/")) api.pathname += "/";
  let given: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(data.iitkStrings || "{}");
    if (parsed && typeof parsed == "object") given = parsed;
  } catch {
    // Bad JSON: keep the English strings.
  }
  const theme = data.iitkTheme || "";
  return {
    api: api.href,
    partner: (data.iitkPartner || "").trim(),
    theme: HEX.test(theme) ? theme : "#005eb8",
    home: api.origin + "/",
    css: new URL("iitk-widgets.css", src).href,
    src,
    s: pick(STRINGS, given),
    given,
  };
}

/** The configuration in force (set once, when the bundle loads). */
export let cfg = {} as Config;

export function configure(config: Config): void {
  cfg = config;
}

/** The script tag that loaded the bundle. */
export const ownScript = (): HTMLScriptElement | null =>
  (document.currentScript as HTMLScriptElement | null) ||
  document.querySelector<HTMLScriptElement>('script[src*="iitk-widgets.js"]');
