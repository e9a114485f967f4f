import { beforeEach, describe, expect, it } from "vitest";
import { add, cardsApi, json, mockFetch, ORIGIN, setup, shadow, story, tool, until } from "./helpers";

const XSS = `<img src=x onerror=alert(1)>`;

describe("cards", () => {
  beforeEach(() => setup());

  it("render a tool in the shared card markup", async () => {
    mockFetch(cardsApi());
    const el = add(`<iitk-tool-card slug="fishbone-diagram"></iitk-tool-card>`);
    await until(el, "ready");
    const root = shadow(el);
    const article = root.querySelector("article.iitk-card[part=card]")!;
    expect(article).not.toBeNull();
    const link = article.querySelector("h3.iitk-card__title[part=title] > a.iitk-card__link[part=link]")!;
    expect(link.textContent).toBe("Tool fishbone-diagram");
    expect(link.getAttribute("href")).toBe(`${ORIGIN}/tools/fishbone-diagram/`);
    expect(article.querySelector("p.iitk-card__summary[part=summary]")!.textContent).toBe(
      "What fishbone-diagram is for.",
    );
    const tags = [...article.querySelectorAll("ul.iitk-card__meta[part=meta] > li.iitk-tag")];
    expect(tags.map((t) => t.textContent)).toEqual(["Systems", "Risk", "Understand"]);
    expect(root.querySelector("slot")).toBeNull();
  });

  it("render a story with care sector, nation and the tools used", async () => {
    mockFetch(cardsApi());
    const el = add(`<iitk-story-card slug="frailty"></iitk-story-card>`);
    await until(el, "ready");
    const tags = [...shadow(el).querySelectorAll(".iitk-tag")].map((t) => t.textContent);
    expect(tags).toEqual([
      "Mental health",
      "Northern Ireland",
      "Tools used: Fishbone diagram, Five whys",
    ]);
  });

  it("show the API's labels, never its slugs, and no tags for a card without labels", async () => {
    const fmea = tool("fmea", { perspectives: ["risk"], stages: ["co-design"] });
    fmea.labels = { ...fmea.labels, perspectives: ["Risk"], stages: ["Co-design"] };
    const bare = { ...tool("bare"), labels: undefined };
    const s = story("s", { tools: ["fmea"] });
    s.labels = { care_sector: "Mental health", nation: "", tools: ["FMEA"] };
    mockFetch(() => json({ tools: [fmea, bare], stories: [s], missing: {} }));
    const toolEl = add(`<iitk-tool-card slug="fmea"></iitk-tool-card>`);
    const bareEl = add(`<iitk-tool-card slug="bare"></iitk-tool-card>`);
    const storyEl = add(`<iitk-story-card slug="s"></iitk-story-card>`);
    for (const el of [toolEl, bareEl, storyEl]) await until(el, "ready");
    const tags = (el: HTMLElement) => [...shadow(el).querySelectorAll(".iitk-tag")].map((t) => t.textContent);
    expect(tags(toolEl)).toEqual(["Risk", "Co-design"]);
    expect(tags(bareEl)).toEqual([]);
    expect(shadow(bareEl).querySelector("[part=meta]")).toBeNull();
    expect(tags(storyEl)).toEqual(["Mental health", "Tools used: FMEA"]);
  });

  it("set API text as text, never as HTML", async () => {
    mockFetch(() =>
      json({ tools: [tool("x", { title: XSS, summary: XSS, perspectives: [XSS], stages: [] })] }),
    );
    const el = add(`<iitk-tool-card slug="x"></iitk-tool-card>`);
    await until(el, "ready");
    const root = shadow(el);
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("a")!.textContent).toBe(XSS);
    expect(root.querySelector(".iitk-card__summary")!.textContent).toBe(XSS);
    expect(root.querySelector(".iitk-tag")!.textContent).toBe(XSS);
  });

  it("link only to http(s) URLs", async () => {
    const urls: Record<string, unknown> = {
      js: "javascript:alert(1)",
      spaced: " javascript:alert(1)",
      data: "data:text/html,<b>x</b>",
      relative: "/tools/x/",
      none: null,
      number: 5,
      http: "http://toolkit.example.org/tools/x/",
      https: "https://toolkit.example.org/tools/x/",
    };
    mockFetch(() => json({ tools: Object.entries(urls).map(([slug, url]) => tool(slug, { url: url as string })) }));
    const els = Object.keys(urls).map((slug) => add(`<iitk-tool-card slug="${slug}"></iitk-tool-card>`));
    for (const el of els) await until(el, "ready");
    const hrefs = els.map((el) => shadow(el).querySelector("a")?.getAttribute("href") ?? null);
    expect(hrefs).toEqual([null, null, null, null, null, null, urls.http, urls.https]);
    // Without a link the title is still there, as text.
    expect(shadow(els[0]).querySelector("h3")!.textContent).toBe("Tool js");
  });

  it("reflect loading then ready in the state attribute, with events", async () => {
    mockFetch(cardsApi());
    const states: string[] = [];
    document.addEventListener("iitk-state", (e) => states.push((e as CustomEvent).detail));
    const el = add(`<iitk-tool-card slug="a"></iitk-tool-card>`);
    expect(el.getAttribute("state")).toBe("loading");
    await until(el, "ready");
    expect(states).toEqual(["loading", "ready"]);
  });

  it("announce loading in a polite live region, then clear it", async () => {
    let answer!: () => void;
    mockFetch((url) => new Promise((ok) => (answer = () => ok(cardsApi()(url)))));
    const el = add(`<iitk-tool-card slug="a"></iitk-tool-card>`);
    const live = shadow(el).querySelector("[aria-live=polite]")!;
    await new Promise((r) => setTimeout(r));
    expect(live.textContent).toBe("Loading…");
    answer();
    await until(el, "ready");
    expect(live.textContent).toBe("");
  });

  it("load again when the slug changes", async () => {
    mockFetch(cardsApi());
    const el = add(`<iitk-tool-card slug="a"></iitk-tool-card>`);
    await until(el, "ready");
    el.setAttribute("slug", "b");
    await until(el, "ready");
    await new Promise((r) => setTimeout(r));
    expect(shadow(el).querySelector("a")!.textContent).toBe("Tool b");
  });

  it("adopt one shared stylesheet with the theme colour", async () => {
    mockFetch(cardsApi());
    const a = add(`<iitk-tool-card slug="a"></iitk-tool-card>`);
    const b = add(`<iitk-story-card slug="b"></iitk-story-card>`);
    const [sheetA] = shadow(a).adoptedStyleSheets;
    expect(sheetA).toBeDefined();
    expect(shadow(b).adoptedStyleSheets[0]).toBe(sheetA);
    const css = [...sheetA.cssRules].map((rule) => rule.cssText).join("");
    expect(css).toContain(".iitk-card");
    expect(css).toMatch(/--iitk-theme:\s*#005eb8/);
    expect(shadow(a).querySelector("link, style")).toBeNull();
    expect(a.hasAttribute("style")).toBe(false);
  });
});

describe("string overrides", () => {
  it("are used for what the elements say", async () => {
    setup({ "iitk-strings": JSON.stringify({ view: "Gweld yn y pecyn cymorth", loading: "Llwytho…" }) });
    let fail!: () => void;
    mockFetch(() => new Promise((_ok, no) => (fail = () => no(new TypeError("offline")))));
    const el = add(`<iitk-tool-card slug="a"></iitk-tool-card>`);
    await new Promise((r) => setTimeout(r));
    expect(shadow(el).querySelector("[aria-live]")!.textContent).toBe("Llwytho…");
    fail();
    await until(el, "error");
    expect(shadow(el).querySelector("a")!.textContent).toBe("Gweld yn y pecyn cymorth");
  });

  it("label the tools a story used", async () => {
    setup({ "iitk-strings": JSON.stringify({ toolsUsed: "Offer:" }) });
    mockFetch(cardsApi());
    const el = add(`<iitk-story-card slug="b"></iitk-story-card>`);
    await until(el, "ready");
    expect(shadow(el).querySelectorAll(".iitk-tag")[2].textContent).toBe(
      "Offer: Fishbone diagram, Five whys",
    );
  });
});
