import { afterEach, beforeEach, describe, expect, it } from "vitest";
// The Welsh chunk's code, as the browser runs it: it adds the Welsh table.
import "../src/chunks/iitk-strings-cy";
import { when } from "../src/events";
import type { EventCard } from "../src/types";
import { add, fetched, json, mockFetch, ORIGIN, setup, shadow, until } from "./helpers";

const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;

function event(slug: string, extra: Partial<EventCard> = {}): EventCard {
  return {
    type: "event",
    id: slug.length,
    slug,
    title: "Event " + slug,
    summary: "What " + slug + " is about.",
    url: `${ORIGIN}/events/${slug}/`,
    api_url: `${ORIGIN}/api/iitk/v1/calendar/${slug}/`,
    format: "workshop",
    start: "2027-01-11T10:00:00Z",
    end: "2027-01-11T13:00:00Z",
    time_zone: "Europe/London",
    place: "Learning centre, room 3",
    online: false,
    organiser: "The toolkit team",
    audience: "",
    registration: "toolkit",
    perspectives: ["risk"],
    tools: ["fmea"],
    frameworks: [],
    labels: {
      format: "Workshop",
      registration: "Register through the toolkit",
      perspectives: ["Risk"],
      tools: ["FMEA"],
      frameworks: [],
    },
    ...extra,
  };
}

const page = (results: unknown[], next: string | null = null) =>
  json({ count: results.length, next, previous: null, results });

async function events(html: string) {
  const el = add(html);
  await until(el, "ready");
  return { el, root: shadow(el) };
}

describe("<iitk-events>", () => {
  beforeEach(() => {
    setup();
    document.documentElement.lang = "en-GB";
  });
  afterEach(() => document.documentElement.removeAttribute("lang"));

  it("asks calendar/ for the upcoming events its attributes filter", async () => {
    const fetch = mockFetch(() => page([event("risk-workshop")]));
    await events(`<iitk-events perspective="risk" format="workshop,training" tool="fmea"></iitk-events>`);
    const url = fetched(fetch)[0];
    expect(url.pathname).toBe("/api/iitk/v1/calendar/");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      perspective: "risk",
      format: "workshop,training",
      tool: "fmea",
      limit: "3",
      partner: "trust-key",
    });
  });

  it("shows each event's title, time in its zone, place and tags", async () => {
    mockFetch(() =>
      page([
        event("risk-workshop"),
        event("online-chat", {
          place: "",
          online: true,
          start: "2027-07-01T09:30:00Z",
          end: "2027-07-02T15:00:00Z",
          labels: { format: "Online discussion", registration: "", perspectives: [], tools: [], frameworks: ["PDSA"] },
        }),
      ]),
    );
    const { root } = await events(`<iitk-events></iitk-events>`);
    const cards = [...root.querySelectorAll("[part=card]")];
    expect(cards).toHaveLength(2);
    const link = cards[0].querySelector<HTMLAnchorElement>("[part=title] a")!;
    expect(link.textContent).toBe("Event risk-workshop");
    expect(link.href).toBe(`${ORIGIN}/events/risk-workshop/`);
    const time = cards[0].querySelector("[part=when] time")!;
    expect(time.getAttribute("datetime")).toBe("2027-01-11T10:00:00Z");
    // 10:00 UTC in January is 10:00 in London (GMT); in July 09:30 UTC is 10:30 (BST).
    expect(time.textContent).toMatch(/11.*Jan.*2027.*10:00 – 13:00 GMT/);
    expect(cards[1].querySelector("[part=when]")!.textContent).toMatch(/1.*Jul.*10:30 – .*2.*Jul.*16:00 (BST|GMT\+1)/);
    expect(cards[0].querySelector("[part=where]")!.textContent).toBe("Learning centre, room 3");
    expect(cards[1].querySelector("[part=where]")).toBeNull();
    const tags = (card: Element) => [...card.querySelectorAll("[part=tag]")].map((t) => t.textContent);
    expect(tags(cards[0])).toEqual(["Workshop", "Risk", "FMEA"]);
    expect(tags(cards[1])).toEqual(["Online discussion", "Online", "PDSA"]);
  });

  it("renders hostile text as text and links only http(s) pages", async () => {
    mockFetch(() =>
      page([
        event("x", {
          title: HOSTILE,
          summary: HOSTILE,
          place: HOSTILE,
          url: "javascript:alert(3)",
          labels: { format: HOSTILE, registration: HOSTILE, perspectives: [HOSTILE], tools: [], frameworks: [] },
        }),
      ]),
    );
    const { root } = await events(`<iitk-events></iitk-events>`);
    expect(root.querySelector("img, script")).toBeNull();
    expect(root.querySelector("a")).toBeNull();
    expect(root.querySelector("[part=title]")!.textContent).toBe(HOSTILE);
    expect(root.querySelector("[part=where]")!.textContent).toBe(HOSTILE);
    expect(root.querySelector("[part=summary]")!.textContent).toBe(HOSTILE);
  });

  it("leaves out malformed events, and a time it cannot read", async () => {
    mockFetch(() => page([event("ok", { start: "soon", time_zone: "Mars/Olympus" }), { title: 5 }, null]));
    const { root } = await events(`<iitk-events></iitk-events>`);
    expect(root.querySelectorAll("[part=card]")).toHaveLength(1);
    expect(root.querySelector("[part=when]")).toBeNull();
  });

  it("reads an unknown time zone as the toolkit's own", () => {
    expect(when(event("x", { time_zone: "Mars/Olympus" }), "en-GB")).toMatch(/10:00 – 13:00 GMT/);
  });

  it("links to every event when there are more than limit", async () => {
    const fetch = mockFetch(() => page([event("a")], `${ORIGIN}/api/iitk/v1/calendar/?offset=1`));
    const { root } = await events(`<iitk-events limit="0"></iitk-events>`);
    expect(fetched(fetch)[0].searchParams.get("limit")).toBe("3");
    const all = [...root.querySelectorAll("a")].find((a) => a.textContent == "See all events on the toolkit")!;
    expect(all.href).toBe(`${ORIGIN}/events/`);
  });

  it("says so in Welsh in a Welsh section", async () => {
    mockFetch(() => page([]));
    const el = add(`<div lang="cy"><iitk-events></iitk-events></div>`).firstElementChild!;
    await until(el, "ready");
    expect(shadow(el).textContent).toContain("Dim digwyddiadau i ddod.");
    expect(shadow(el).textContent).not.toContain("No upcoming events.");
  });

  it("says when there is no upcoming event", async () => {
    mockFetch(() => page([]));
    const { root } = await events(`<iitk-events format="site-visit" limit="500"></iitk-events>`);
    expect(root.textContent).toContain("No upcoming events.");
    expect(root.querySelector("[aria-live]")!.textContent).toBe("No upcoming events.");
  });

  it("shows its fallback when the API is down or refuses a filter", async () => {
    mockFetch(() => Promise.reject(new TypeError("Failed to fetch")));
    const down = add(`<iitk-events><a href="${ORIGIN}/events/">Events</a></iitk-events>`);
    await until(down, "error");
    expect(shadow(down).querySelector("slot")).not.toBeNull();

    mockFetch(() => json({ error: { code: "invalid", message: "Unknown perspective" } }, 400));
    const refused = add(`<iitk-events perspective="nope"></iitk-events>`);
    await until(refused, "error");
    expect(shadow(refused).querySelector("[part~=fallback]")!.getAttribute("href")).toBe(`${ORIGIN}/`);
  });

  it("takes its strings from data-iitk-strings", async () => {
    setup({ "iitk-strings": JSON.stringify({ noEvents: "Dim digwyddiadau." }) });
    mockFetch(() => page([]));
    const { root } = await events(`<iitk-events></iitk-events>`);
    expect(root.textContent).toContain("Dim digwyddiadau.");
  });
});
