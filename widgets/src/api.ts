import { cfg, HTTP } from "./config";

/** Milliseconds before a request is given up. */
export const TIMEOUT = 8000;

type Params = Record<string, string | null | undefined>;

/** An API URL: a path under the API base, with the given (non-empty) parameters. */
export function apiUrl(path: string, params?: Params): URL {
  const url = new URL(path, cfg.api);
  for (const key in params) {
    const value = params[key];
    if (value) url.searchParams.set(key, value);
  }
  return url;
}

/**
 * fetch with no cookies, given up after `ms` (the whole exchange: headers and body):
 * resolves to what `read` makes of the response.
 */
export async function request<T>(
  url: string,
  read: (response: Response) => Promise<T>,
  init?: RequestInit,
  ms = TIMEOUT,
): Promise<T> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    return await read(await fetch(url, { ...init, signal: abort.signal, credentials: "omit" }));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET JSON from the API, with the partner key. Rejects on a network error, a timeout,
 * a non-2xx answer or a body that is not JSON. `T` is the answer's shape in the API's
 * contract (see types.ts); what is read from it is still checked.
 */
export function getJSON<T>(url: URL): Promise<T> {
  if (cfg.partner) url.searchParams.set("partner", cfg.partner);
  return request(url.href, (response) => {
    if (!response.ok) throw Error("HTTP " + response.status);
    // What the toolkit says is wrong with this page's setup (an unknown partner key):
    // for its developer, in the console, once a page.
    warned || ((warned = response.headers.get("IITK-Warning")) && console.warn(warned));
    return response.json();
  });
}

let warned: string | null | undefined;

/** The URL if it is an absolute http(s) URL, else null (javascript:, data:, relative…). */
export function safeUrl(url: unknown): string | null {
  try {
    const parsed = new URL(url as string);
    return HTTP.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
