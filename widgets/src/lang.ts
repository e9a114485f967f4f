import { loadChunk } from "./lazy";

/** The languages with a strings chunk (src/chunks/iitk-strings-<code>.ts); others are English. */
const LANGUAGES = ["cy"];

/** The tables the strings chunks have added, by language. */
const tables: Record<string, Record<string, string> | undefined> = {};
/** Each language's table, asked for once: undefined if its chunk could not be loaded. */
const asked: Record<string, Promise<Record<string, string> | undefined>> = {};

/** An element's language: its own `lang`, else its closest ancestor's, else `<html lang>`. */
export const langOf = (el: Element): string =>
  ((el.closest("[lang]") || document.documentElement) as HTMLElement).lang;

/** The language of an element with a strings chunk ("cy" for cy, cy-GB, …), else "". */
export const chunkLangOf = (el: Element): string => {
  const code = langOf(el).toLowerCase().split("-")[0];
  return LANGUAGES.includes(code) ? code : "";
};

/** Called by a strings chunk (iitk-strings-<code>.js) with its table, as it runs. */
export function addStrings(code: string, table: Record<string, string>): void {
  tables[code] = table;
}

/**
 * The table of an element's language, once its strings chunk has loaded: [code, table]
 * (e.g. ["cy", {...}]), or undefined for English, any language without a chunk, and a
 * chunk that could not be loaded (the element then stays English).
 */
export function tableOf(el: Element): Promise<[string, Record<string, string>] | undefined> {
  const code = chunkLangOf(el);
  if (!code) return Promise.resolve(undefined);
  // A script's load event fires after it has run: the chunk has added its table by then.
  asked[code] =
    asked[code] ||
    new Promise<void>((done) => {
      const script = !tables[code] && loadChunk("iitk-strings-" + code);
      if (script) script.onload = script.onerror = () => done();
      else done();
    }).then(() => tables[code]);
  return asked[code].then((table) => table && [code, table]);
}
