import { apiUrl, getJSON } from "./api";
import type { Cards, StoryCard, ToolCard } from "./types";

/** What each kind of card element asks for, and gets. */
export interface Kinds {
  tools: ToolCard;
  stories: StoryCard;
}
export type Kind = keyof Kinds;

/** The most slugs one cards/ request may ask for (the API's limit). */
export const MAX = 100;

interface Wanted {
  key: string;
  ok: (card: ToolCard | StoryCard) => void;
  no: () => void;
}

let queue: Wanted[] = [];

/**
 * The card of one tool or story. Every card asked for in the same task (one render
 * pass, one IntersectionObserver callback) is fetched with ONE cards/ request (more only
 * past 100 distinct slugs). Rejects when the card cannot be had.
 */
export function getCard<K extends Kind>(kind: K, slug: string): Promise<Kinds[K]> {
  return new Promise((ok, no) => {
    if (!queue.length) queueMicrotask(flush);
    queue.push({ key: kind + " " + slug, ok: ok as Wanted["ok"], no });
  });
}

function flush(): void {
  const wanted = queue;
  queue = [];
  const keys = [...new Set(wanted.map((w) => w.key))].sort();
  for (let i = 0; i < keys.length; i += MAX) {
    const chunk = keys.slice(i, i + MAX);
    const slugs: Record<Kind, string[]> = { tools: [], stories: [] };
    for (const key of chunk) {
      const [kind, slug] = key.split(" ");
      slugs[kind as Kind].push(slug);
    }
    const done = (data: Cards | null) => {
      for (const w of wanted) {
        if (!chunk.includes(w.key)) continue;
        const [kind, slug] = w.key.split(" ");
        const list = data && data[kind as Kind];
        const card = Array.isArray(list) && list.find((c) => c && c.slug === slug);
        if (card && typeof card.title == "string") w.ok(card);
        else w.no();
      }
    };
    getJSON<Cards>(
      apiUrl("cards/", { tools: slugs.tools.join(","), stories: slugs.stories.join(",") }),
    ).then(done, () => done(null));
  }
}
