import { beforeEach, describe, expect, it } from "vitest";
import "../src/chunks/iitk-strings-cy";
import { add, fetched, json, mockFetch, ORIGIN, setup, shadow, tool, until } from "./helpers";

const TAXONOMY = {
  perspectives: [
    {
      slug: "systems",
      name: "Systems",
      description: "",
      phases: [
        { slug: "understand", name: "Understand", description: "" },
        { slug: "organise", name: "Organise", description: "" },
        { slug: "integrate", name: "Integrate", description: "" },
      ],
    },
    { slug: "people", name: "People", description: "", phases: [] },
  ],
  stages: [],
  strands: [],
  categories: [],
};

const question = (slug: string, phase: string | null) => ({
  type: "question",
  id: slug.length,
  slug,
  title: "Question " + slug + "?",
  short_label: slug,
  summary: "Help for " + slug,
  url: `${ORIGIN}/questions/${slug}/`,
  api_url: "",
  perspective: "systems",
  phase,
  stages: [],
  tool_count: 1,
});

function api(url: URL) {
  const path = url.pathname.replace("/api/iitk/v1/", "");
  if (path == "taxonomy/") return json(TAXONOMY);
  if (path == "questions/")
    return json({
      count: 3,
      next: null,
      previous: null,
      results: [question("q1", "understand"), question("q2", "understand"), question("q3", null)],
    });
  if (path == "tools/") return json({ count: 1, next: null, previous: null, results: [tool("fishbone")] });
  return json({}, 404);
}

const buttons = (root: ShadowRoot) => [...root.querySelectorAll("button")];
const named = (root: ShadowRoot, name: string) => buttons(root).find((b) => b.textContent == name)!;
const settle = () => new Promise((r) => setTimeout(r, 10));

describe("<iitk-question-explorer>", () => {
  beforeEach(() => setup());

  it("lists perspectives as disclosure buttons", async () => {
    const fetch = mockFetch(api);
    const el = add(`<iitk-question-explorer></iitk-question-explorer>`);
    await until(el, "ready");
    const root = shadow(el);
    expect(buttons(root).map((b) => b.textContent)).toEqual(["Systems", "People"]);
    for (const b of buttons(root)) {
      expect(b.getAttribute("aria-expanded")).toBe("false");
      const panel = root.getElementById(b.getAttribute("aria-controls")!)!;
      expect(panel.hidden).toBe(true);
    }
    expect(fetched(fetch).map((u) => u.pathname)).toEqual(["/api/iitk/v1/taxonomy/"]);
  });

  it("opens perspective → phase → question → tools, loading each level once", async () => {
    const fetch = mockFetch(api);
    const el = add(`<iitk-question-explorer></iitk-question-explorer>`);
    await until(el, "ready");
    const root = shadow(el);

    const systems = named(root, "Systems");
    systems.click();
    await settle();
    expect(systems.getAttribute("aria-expanded")).toBe("true");
    expect(root.getElementById(systems.getAttribute("aria-controls")!)!.hidden).toBe(false);
    const questionsUrl = fetched(fetch)[1];
    expect(questionsUrl.pathname).toBe("/api/iitk/v1/questions/");
    expect(questionsUrl.searchParams.get("perspective")).toBe("systems");
    expect(questionsUrl.searchParams.get("limit")).toBe("100");
    // Phases with questions, then the questions without a phase.
    expect(buttons(root).map((b) => b.textContent)).toEqual([
      "Systems",
      "Understand",
      "Other questions",
      "People",
    ]);

    named(root, "Understand").click();
    await settle();
    const q1 = named(root, "Question q1?");
    expect(q1.getAttribute("aria-expanded")).toBe("false");
    q1.click();
    await settle();
    const toolsUrl = fetched(fetch)[2];
    expect(toolsUrl.pathname).toBe("/api/iitk/v1/tools/");
    expect(toolsUrl.searchParams.get("question")).toBe("q1");
    const panel = root.getElementById(q1.getAttribute("aria-controls")!)!;
    expect(panel.querySelector(".iitk-card__link")!.textContent).toBe("Tool fishbone");
    expect(panel.textContent).toContain("Help for q1");

    // Closing and opening again does not fetch again.
    q1.click();
    expect(panel.hidden).toBe(true);
    q1.click();
    await settle();
    expect(panel.hidden).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("is Welsh in a Welsh section (the toolkit's names stay as the API sends them)", async () => {
    mockFetch(api);
    const el = add(`<section lang="cy"><iitk-question-explorer perspective="systems"></iitk-question-explorer></section>`)
      .firstElementChild!;
    await until(el, "ready");
    expect(buttons(shadow(el)).map((b) => b.textContent)).toEqual(["Understand", "Cwestiynau eraill"]);
  });

  it("starts with one perspective's phases when given one", async () => {
    const fetch = mockFetch(api);
    const el = add(`<iitk-question-explorer perspective="systems"></iitk-question-explorer>`);
    await until(el, "ready");
    expect(buttons(shadow(el)).map((b) => b.textContent)).toEqual(["Understand", "Other questions"]);
    expect(fetched(fetch)[1].searchParams.get("perspective")).toBe("systems");
  });

  it("fails for an unknown perspective", async () => {
    mockFetch(api);
    const el = add(`<iitk-question-explorer perspective="nope"></iitk-question-explorer>`);
    await until(el, "error");
  });

  it("shows a link in a panel that cannot load, and tries again when reopened", async () => {
    let down = true;
    const fetch = mockFetch((url) =>
      down && url.pathname.endsWith("/questions/") ? json({}, 503) : api(url),
    );
    const el = add(`<iitk-question-explorer></iitk-question-explorer>`);
    await until(el, "ready");
    const root = shadow(el);
    const systems = named(root, "Systems");
    systems.click();
    await settle();
    const panel = root.getElementById(systems.getAttribute("aria-controls")!)!;
    expect(panel.querySelector("a")!.getAttribute("href")).toBe(ORIGIN + "/");
    expect(root.querySelector("[aria-live]")!.textContent).toMatch(/could not be reached/);
    down = false;
    systems.click();
    systems.click();
    await settle();
    expect(panel.querySelectorAll("button")).toHaveLength(2);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
