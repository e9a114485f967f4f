/** The English UI strings; `data-iitk-strings` on the script tag overrides any of them. */
export const STRINGS = {
  loading: "Loading…",
  error: "The toolkit could not be reached.",
  view: "View in the toolkit",
  next: "Next",
  previous: "Previous",
  range: "{from} to {to} of {count}",
  search: "Search the toolkit",
  submit: "Search",
  results: "{n} results",
  one: "1 result",
  none: "Nothing found",
  toolsUsed: "Tools used:",
  other: "Other questions",
  tool: "Tool",
  framework: "Framework",
  story: "Story",
  question: "Question",
};

export type Strings = typeof STRINGS;

/**
 * ``defaults`` with the string values ``given`` has for the same keys (the parsed
 * ``data-iitk-strings``): the core's strings and each lazy chunk's own are read alike.
 */
export function pick<T extends Record<string, string>>(defaults: T, given: Record<string, unknown>): T {
  const s = { ...defaults };
  for (const key in s) {
    const value = given[key];
    if (typeof value == "string") (s as Record<string, string>)[key] = value;
  }
  return s;
}

/** Put values into a string's `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
