import { vi } from "vitest";
import { configure, readConfig } from "../src/config";
import { defineEverything } from "./everything";
import type { StoryCard, ToolCard } from "../src/types";

export const ORIGIN = "https://toolkit.example.org";
export const API = ORIGIN + "/api/iitk/v1/";
export const SCRIPT_SRC = ORIGIN + "/static/wagtail_iitk/widgets/iitk-widgets.js";

/** A script tag like the one partners paste, with extra data-* attributes. */
export function scriptTag(data: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement("script");
  script.setAttribute("src", SCRIPT_SRC);
  for (const [name, value] of Object.entries(data)) script.setAttribute("data-" + name, value);
  return script;
}

/**
 * Configure from a script tag, define the elements, and load at once (no
 * IntersectionObserver: happy-dom's never fires).
 */
export function setup(data: Record<string, string> = {}): void {
  configure(readConfig(scriptTag({ "iitk-api": API, "iitk-partner": "trust-key", ...data })));
  defineEverything();
  vi.stubGlobal("IntersectionObserver", undefined);
  document.body.replaceChildren();
}

export const json = (data: unknown, status = 200): Response =>
  new Response(JSON.stringify(data), { status, headers: { "Content-Type": "application/json" } });

/** Stub fetch; the handler gets each request's URL. Returns the mock. */
export function mockFetch(handler: (url: URL, init?: RequestInit) => Response | Promise<Response>) {
  const fetch = vi.fn(async (input: string, init?: RequestInit) => handler(new URL(input), init));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** The URLs fetched so far. */
export const fetched = (fetch: ReturnType<typeof mockFetch>): URL[] =>
  fetch.mock.calls.map((call) => new URL(call[0] as string));

/** Add an element to the page. */
export function add<T extends HTMLElement = HTMLElement>(html: string): T {
  const holder = document.createElement("div");
  holder.innerHTML = html; // test markup only, never API data
  const el = holder.firstElementChild as T;
  document.body.append(el);
  return el;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** Wait until the element reaches a state. */
export const until = (el: Element, state: string) =>
  vi.waitFor(() => {
    if (el.getAttribute("state") != state) throw new Error(`state is ${el.getAttribute("state")}`);
  });

/** A slug as the API's labels name it in these tests: "mental-health" → "Mental health". */
export const named = (slug: string): string => (slug.charAt(0).toUpperCase() + slug.slice(1)).replace(/-/g, " ");

/** A tool's card as the API sends it (its labels named from its slugs). */
export function tool(slug: string, extra: Partial<ToolCard> = {}): ToolCard {
  const perspectives = extra.perspectives || ["systems", "risk"];
  const stages = extra.stages || ["understand"];
  return {
    type: "tool",
    id: slug.length,
    slug,
    title: "Tool " + slug,
    summary: "What " + slug + " is for.",
    url: `${ORIGIN}/tools/${slug}/`,
    api_url: `${API}tools/${slug}/`,
    image: null,
    perspectives,
    stages,
    strands: [],
    categories: [],
    evidence_level: "established",
    story_count: 1,
    used_count: 0,
    labels: {
      perspectives: perspectives.map(named),
      stages: stages.map(named),
      strands: [],
      categories: [],
      evidence_level: "Established",
    },
    ...extra,
  };
}

/** A story's card as the API sends it. */
export function story(slug: string, extra: Partial<StoryCard> = {}): StoryCard {
  const tools = extra.tools || ["fishbone-diagram", "five-whys"];
  return {
    type: "story",
    id: slug.length,
    slug,
    title: "Story " + slug,
    summary: "How " + slug + " went.",
    url: `${ORIGIN}/stories/${slug}/`,
    api_url: `${API}stories/${slug}/`,
    image: null,
    care_sector: "mental-health",
    nation: "northern-ireland",
    organisation: "",
    tools,
    published: "2026-01-01",
    labels: { care_sector: "Mental health", nation: "Northern Ireland", tools: tools.map(named) },
    ...extra,
  };
}

/** A cards/ endpoint over the given tools and stories, like the real one. */
export function cardsApi(known: { tools?: string[]; stories?: string[] } = {}) {
  return (url: URL) => {
    const pick = (kind: "tools" | "stories", make: (slug: string) => object) =>
      (url.searchParams.get(kind) || "")
        .split(",")
        .filter((slug) => slug && (known[kind] || [slug]).includes(slug))
        .map((slug) => make(slug));
    return json({ tools: pick("tools", tool), stories: pick("stories", story), missing: {} });
  };
}
