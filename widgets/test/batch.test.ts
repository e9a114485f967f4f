import { beforeEach, describe, expect, it } from "vitest";
import { getCard } from "../src/batch";
import { add, cardsApi, fetched, json, mockFetch, setup, until } from "./helpers";

describe("the card batcher", () => {
  beforeEach(() => setup());

  it("fetches 20 cards of both kinds with ONE request", async () => {
    const fetch = mockFetch(cardsApi());
    const els = [];
    for (let i = 0; i < 15; i++) els.push(add(`<iitk-tool-card slug="tool-${i}"></iitk-tool-card>`));
    for (let i = 0; i < 5; i++) els.push(add(`<iitk-story-card slug="story-${i}"></iitk-story-card>`));
    for (const el of els) await until(el, "ready");
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url] = fetched(fetch);
    expect(url.pathname).toBe("/api/iitk/v1/cards/");
    expect(url.searchParams.get("tools")!.split(",")).toHaveLength(15);
    expect(url.searchParams.get("stories")!.split(",")).toHaveLength(5);
    expect(url.searchParams.get("partner")).toBe("trust-key");
    expect(fetch.mock.calls[0][1]).toMatchObject({ credentials: "omit" });
  });

  it("asks for each slug once, and in a stable order", async () => {
    const fetch = mockFetch(cardsApi());
    const els = ["b", "a", "b", "a", "c"].map((slug) =>
      add(`<iitk-tool-card slug="${slug}"></iitk-tool-card>`),
    );
    for (const el of els) await until(el, "ready");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetched(fetch)[0].searchParams.get("tools")).toBe("a,b,c");
    expect(fetched(fetch)[0].searchParams.has("stories")).toBe(false);
  });

  it("splits more than 100 slugs into requests of at most 100", async () => {
    const fetch = mockFetch(cardsApi());
    const slugs = Array.from({ length: 230 }, (_, i) => "t" + String(i).padStart(3, "0"));
    const cards = await Promise.all(slugs.map((slug) => getCard("tools", slug)));
    expect(cards.map((c) => c.slug)).toEqual(slugs);
    const sizes = fetched(fetch).map((u) => u.searchParams.get("tools")!.split(",").length);
    expect(sizes).toEqual([100, 100, 30]);
  });

  it("counts tools and stories together towards the 100", async () => {
    const fetch = mockFetch(cardsApi());
    await Promise.all([
      ...Array.from({ length: 60 }, (_, i) => getCard("tools", "t" + i)),
      ...Array.from({ length: 60 }, (_, i) => getCard("stories", "s" + i)),
    ]);
    const totals = fetched(fetch).map(
      (u) =>
        (u.searchParams.get("tools") || "").split(",").filter(Boolean).length +
        (u.searchParams.get("stories") || "").split(",").filter(Boolean).length,
    );
    expect(totals).toEqual([100, 20]);
  });

  it("makes a new batch for cards asked for later", async () => {
    const fetch = mockFetch(cardsApi());
    await getCard("tools", "a");
    await getCard("tools", "b");
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("fails only the cards that are missing", async () => {
    mockFetch(cardsApi({ tools: ["here"] }));
    const here = add(`<iitk-tool-card slug="here"></iitk-tool-card>`);
    const gone = add(`<iitk-tool-card slug="gone"></iitk-tool-card>`);
    await until(here, "ready");
    await until(gone, "error");
  });

  it("rejects cards without a title string", async () => {
    mockFetch(() => json({ tools: [{ slug: "a", title: 5 }] }));
    await expect(getCard("tools", "a")).rejects.toBeUndefined();
  });
});
