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
 * GET JSON from the API, with the partner key. Rejects on a network error, a timeout,
 * a non-2xx answer or a body that is not JSON.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function getJSON(url: URL): Promise<any> {
  if (cfg.partner) url.searchParams.set("partner", cfg.partner);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT);
  try {
    const response = await fetch(url.href, { signal: abort.signal, credentials: "omit" });
    if (!response.ok) throw Error("HTTP " + response.status);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

/** The URL if it is an absolute http(s) URL, else null (javascript:, data:, relative…). */
export function safeUrl(url: unknown): string | null {
  try {
    const parsed = new URL(url as string);
    return HTTP.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
