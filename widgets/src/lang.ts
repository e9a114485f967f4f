import { cfg } from "./config";
import type { Strings } from "./strings";
import { CY } from "./strings-cy";

/** Elements on a page marked as Welsh, or the page itself (lang="cy", "cy-GB", …). */
export const WELSH_SELECTOR = "[lang|=cy]";

/** An element's language: its own `lang`, else its closest ancestor's, else `<html lang>`. */
export const langOf = (el: Element): string =>
  ((el.closest("[lang]") || document.documentElement) as HTMLElement).lang;

/**
 * The strings for an element, in its language when it is created: Welsh for cy (in the
 * Welsh build only), else English with the page's data-iitk-strings.
 */
export const stringsOf = (el: Element): Strings =>
  WELSH && /^cy\b/i.test(langOf(el)) ? { ...cfg.s, ...CY } : cfg.s;
