import { beforeEach, describe, expect, it, vi } from "vitest";
// The Welsh chunk's code, as the browser runs it: it adds the Welsh table.
import "../src/chunks/iitk-strings-cy";
import { CY } from "../src/strings-cy";
import type { DiscussionReply, DiscussionThread } from "../src/types";
import { add, fetched, json, mockFetch, ORIGIN, setup, shadow, until } from "./helpers";

const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
const PAGE = `${ORIGIN}/tools/process-map/`;

function reply(id: number, extra: Partial<DiscussionReply> = {}): DiscussionReply {
  return {
    id,
    body: `Reply ${id}`,
    author: `Author ${id}`,
    recommended: false,
    published: "2026-11-30T10:12:00+00:00",
    url: `${PAGE}#iitk-post-${id}`,
    ...extra,
  };
}

function thread(id: number, extra: Partial<DiscussionThread> = {}): DiscussionThread {
  return {
    ...reply(id, { body: `Thread ${id}` }),
    about: { kind: "tool", slug: "process-map", title: "Process map", url: PAGE },
    locked: false,
    replies: [],
    ...extra,
  };
}

const page = (results: DiscussionThread[], next: string | null = null) =>
  json({ count: results.length, next, previous: null, results });

/** A toolkit whose discussions/ GET answers with `threads` and whose POST answers with `posted`. */
function toolkit(threads: DiscussionThread[], posted?: () => Response | Promise<Response>) {
  const posts: RequestInit[] = [];
  const fetch = mockFetch((url, init) => {
    if (init && init.method == "POST") {
      posts.push(init);
      return posted!();
    }
    if (url.pathname.endsWith("/cards/")) {
      return json({ tools: [{ slug: "process-map", title: "Process map", url: PAGE }], missing: {} });
    }
    return page(threads);
  });
  return { fetch, posts };
}

async function discussion(html = `<iitk-discussion tool="process-map"></iitk-discussion>`) {
  const el = add(html);
  await until(el, "ready");
  return { el, root: shadow(el) };
}

const control = (root: ShadowRoot, name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

function fillForm(root: ShadowRoot, values: Record<string, string | boolean> = {}) {
  const all: Record<string, string | boolean> = {
    body: "Has anyone mapped a medicines round at night?",
    "contributor.name": "Ruth",
    "contributor.credit": true,
    "contributor.email": "ruth@example.org",
    consent_to_publish: true,
    no_patient_data: true,
    ...values,
  };
  for (const [name, value] of Object.entries(all)) {
    const c = control(root, name);
    if (typeof value == "boolean") c.checked = value;
    else c.value = value;
  }
}

describe("<iitk-discussion>", () => {
  beforeEach(() => setup());

  it("shows the threads of a tool, newest first, with their replies", async () => {
    const { fetch } = toolkit([
      thread(2, { replies: [reply(3, { recommended: true }), reply(4, { author: null })] }),
      thread(1, { locked: true }),
    ]);
    const { root } = await discussion();
    const url = fetched(fetch)[0];
    expect(url.pathname).toBe("/api/iitk/v1/discussions/");
    expect(Object.fromEntries(url.searchParams)).toEqual({ tool: "process-map", limit: "5", partner: "trust-key" });
    expect(fetch).toHaveBeenCalledTimes(1);
    const threads = [...root.querySelectorAll("[part=thread]")];
    expect(threads.map((t) => t.querySelector("[part=body]")!.textContent)).toEqual(["Thread 2", "Thread 1"]);
    const replies = [...threads[0].querySelectorAll("[part=replies] [part=post]")];
    expect(replies.map((r) => r.querySelector("strong")!.textContent)).toEqual(["Author 3", "Anonymous"]);
    expect(replies[0].querySelector("[part=tag]")!.textContent).toBe("Recommended by the editors");
    expect(replies[1].querySelector("[part=tag]")).toBeNull();
    expect(threads[0].querySelector("time")!.getAttribute("datetime")).toBe("2026-11-30T10:12:00+00:00");
    // An open thread links to its reply form on the toolkit; a locked one says it is closed.
    expect(threads[0].querySelector<HTMLAnchorElement>(":scope > p a")!.href).toBe(`${PAGE}#iitk-post-2`);
    expect(threads[1].textContent).toContain("This thread is closed to new replies.");
    expect(threads[1].querySelector(":scope > p a")).toBeNull();
    const join = [...root.querySelectorAll("a")].find((a) => a.textContent == "Join the discussion on the toolkit")!;
    expect(join.href).toBe(`${PAGE}#iitk-discussion`);
  });

  it("asks for a framework's or a story's discussion, and as many threads as limit says", async () => {
    const { fetch } = toolkit([thread(1)]);
    await discussion(`<iitk-discussion story="ward-7" limit="250"></iitk-discussion>`);
    expect(Object.fromEntries(fetched(fetch)[0].searchParams)).toEqual({
      story: "ward-7",
      limit: "100",
      partner: "trust-key",
    });
  });

  it("renders hostile markup in posts as text, and links only http(s) URLs", async () => {
    toolkit([
      thread(1, {
        body: HOSTILE,
        author: HOSTILE,
        url: "javascript:alert(3)",
        about: { kind: "tool", slug: "x", title: HOSTILE, url: "javascript:alert(4)" },
        replies: [reply(2, { body: HOSTILE, url: "data:text/html,hi" })],
      }),
    ]);
    const { root } = await discussion();
    expect(root.querySelector("img, script")).toBeNull();
    const bodies = [...root.querySelectorAll("[part=body]")].map((b) => b.textContent);
    expect(bodies).toEqual([HOSTILE, HOSTILE]);
    expect(root.querySelector("strong")!.textContent).toBe(HOSTILE);
    for (const a of root.querySelectorAll("a")) expect(a.href).toMatch(/^https:/);
    expect(root.querySelector("[part=thread] > p a")).toBeNull();
  });

  it("leaves out malformed posts and survives a malformed list of replies", async () => {
    toolkit([
      thread(1, { replies: "nope" as unknown as DiscussionReply[] }),
      { id: "2", body: 5 } as unknown as DiscussionThread,
    ]);
    const { root } = await discussion();
    expect(root.querySelectorAll("[part=thread]")).toHaveLength(1);
  });

  it("says there is nothing yet, and finds the page to join on from the item's card", async () => {
    const { fetch } = toolkit([]);
    const { root } = await discussion(`<iitk-discussion framework="pdsa"></iitk-discussion>`);
    const [, cards] = fetched(fetch);
    expect(cards.pathname).toBe("/api/iitk/v1/cards/");
    expect(cards.searchParams.get("frameworks")).toBe("pdsa");
    expect(root.textContent).toContain("No questions or answers yet. Be the first to ask.");
    expect(root.querySelector("[aria-live]")!.textContent).toBe("No questions or answers yet. Be the first to ask.");
  });

  it("links to the rest of the discussion when there are more threads", async () => {
    mockFetch(() => page([thread(1)], `${ORIGIN}/api/iitk/v1/discussions/?offset=5`));
    const { root } = await discussion();
    expect([...root.querySelectorAll("a")].map((a) => a.textContent)).toContain(
      "See the whole discussion on the toolkit",
    );
  });

  it("shows its fallback when the API is down, answers an error or names nothing", async () => {
    mockFetch(() => Promise.reject(new TypeError("Failed to fetch")));
    const down = add(`<iitk-discussion tool="process-map"><a href="${PAGE}">Discuss it</a></iitk-discussion>`);
    await until(down, "error");
    expect(shadow(down).querySelector("slot")).not.toBeNull();
    expect(shadow(down).querySelector("form")).toBeNull();

    mockFetch(() => json({ error: { code: "not_found", message: "No tool" } }, 404));
    const missing = add(`<iitk-discussion tool="nope"></iitk-discussion>`);
    await until(missing, "error");
    expect(shadow(missing).querySelector("[part~=fallback]")!.getAttribute("href")).toBe(`${ORIGIN}/`);

    const fetch = mockFetch(() => page([]));
    const none = add(`<iitk-discussion></iitk-discussion>`);
    await until(none, "error");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("takes its strings from data-iitk-strings, as the core's", async () => {
    setup({ "iitk-strings": JSON.stringify({ postSend: "Anfon", anonymous: "Dienw", send: "not mine" }) });
    toolkit([thread(1, { author: null })]);
    const { root } = await discussion();
    expect(root.querySelector("form button")!.textContent).toBe("Anfon");
    expect(root.querySelector("strong")!.textContent).toBe("Dienw");
  });

  it("leaves out the form with form=off", async () => {
    toolkit([thread(1)]);
    const { root } = await discussion(`<iitk-discussion tool="process-map" form="off"></iitk-discussion>`);
    expect(root.querySelector("form")).toBeNull();
  });

  it("posts a new thread in the shape of discussions/, and says a reviewer will check it", async () => {
    const { posts } = toolkit([thread(1)], () =>
      json({ reference: "IITK-AB12-CD34", kind: "discussion", status: "received" }, 202),
    );
    const { root } = await discussion();
    for (const c of root.querySelectorAll<HTMLInputElement>("[name]")) expect(c.labels![0].textContent).not.toBe("");
    const required = [...root.querySelectorAll<HTMLInputElement>("[required]")].map((c) => c.name);
    expect(required).toEqual(["body", "consent_to_publish", "no_patient_data"]);
    fillForm(root);
    root.querySelector("form")!.requestSubmit();
    await vi.waitFor(() => expect(root.querySelector("[part=done]")).not.toBeNull());
    const [init] = posts;
    expect(init.credentials).toBe("omit");
    expect(new Headers(init.headers).get("Idempotency-Key")).toMatch(/^[\x21-\x7e]{8,255}$/);
    const body = JSON.parse(init.body as string);
    expect(body.elapsed_ms).toBeGreaterThanOrEqual(0);
    delete body.elapsed_ms;
    expect(body).toEqual({
      about: { kind: "tool", slug: "process-map" },
      parent: null,
      partner: "trust-key",
      body: "Has anyone mapped a medicines round at night?",
      contributor: { name: "Ruth", credit: true, email: "ruth@example.org" },
      consent_to_publish: true,
      no_patient_data: true,
    });
    const done = root.querySelector<HTMLElement>("[part=done]")!;
    expect(done.textContent).toContain("IITK-AB12-CD34");
    expect(root.activeElement).toBe(done);
    // The threads stay; only the form gave way.
    expect(root.querySelectorAll("[part=thread]")).toHaveLength(1);
  });

  it("keeps the post and its key through a failed send, and sends the same again", async () => {
    let n = 0;
    const { posts } = toolkit([thread(1)], () =>
      ++n == 1
        ? Promise.reject(new TypeError("Failed to fetch"))
        : json({ reference: "IITK-AB12-CD34", kind: "discussion", status: "received" }, 202),
    );
    const { root } = await discussion();
    fillForm(root, { "contributor.email": "" });
    root.querySelector("form")!.requestSubmit();
    await vi.waitFor(() => expect(root.querySelector("[part~=retry]")).not.toBeNull());
    expect(root.querySelector("[part=problem]")!.textContent).toContain("Your post was not sent.");
    expect(control(root, "body").value).toBe("Has anyone mapped a medicines round at night?");
    root.querySelector<HTMLButtonElement>("[part~=retry]")!.click();
    await vi.waitFor(() => expect(root.querySelector("[part=done]")).not.toBeNull());
    const key = (init: RequestInit) => new Headers(init.headers).get("Idempotency-Key");
    expect(key(posts[1])).toBe(key(posts[0]));
    expect(posts[1].body).toBe(posts[0].body);
    expect(JSON.parse(posts[0].body as string).contributor).toEqual({ name: "Ruth", credit: true });
  });

  it("marks the fields the API names, with its messages as text", async () => {
    toolkit([thread(1)], () =>
      json({ error: { code: "invalid", message: "Check", fields: { body: [HOSTILE], "about.slug": ["No tool"] } } }, 400),
    );
    const { root } = await discussion();
    fillForm(root);
    root.querySelector("form")!.requestSubmit();
    await vi.waitFor(() => expect(control(root, "body").getAttribute("aria-invalid")).toBe("true"));
    const problem = root.querySelector<HTMLElement>("[part=problem]")!;
    expect(problem.hidden).toBe(false);
    expect(root.activeElement).toBe(problem);
    expect(problem.textContent).toContain("No tool");
    expect(root.getElementById(control(root, "body").id + "e")!.textContent).toBe(HOSTILE);
    expect(root.querySelector("img, script")).toBeNull();
  });

  it("says when this site may not post to the toolkit", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    toolkit([thread(1)], () => json({ error: { code: "origin_not_allowed", message: "No" } }, 403));
    const { root } = await discussion();
    fillForm(root);
    root.querySelector("form")!.requestSubmit();
    await vi.waitFor(() => expect(root.querySelector("[part=problem]")!.hasAttribute("hidden")).toBe(false));
    const message =
      "This site may not send posts to the toolkit: ask the toolkit's team to add https://intranet.example.nhs.uk.";
    expect(root.querySelector("[part=problem]")!.textContent).toContain(message);
    expect(warn).toHaveBeenCalledWith(message);
  });

  it("is Welsh in a Welsh section, and asks the toolkit for Welsh messages", async () => {
    const { posts } = toolkit([], () => json({ error: { code: "invalid", message: "x", fields: {} } }, 400));
    const el = add(`<div lang="cy"><iitk-discussion tool="process-map"></iitk-discussion></div>`).firstElementChild!;
    await until(el, "ready");
    const root = shadow(el);
    expect(root.textContent).toContain(CY.noPosts);
    expect([...root.querySelectorAll("button")].map((b) => b.textContent)).toContain(CY.postSend);
    expect(control(root, "body").labels![0].textContent).toBe(CY.post);
    fillForm(root);
    root.querySelector("form")!.requestSubmit();
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect((posts[0].headers as Record<string, string>)["Accept-Language"]).toBe("cy");
  });

  it("an English one sends no Accept-Language of its own", async () => {
    const { posts } = toolkit([], () => json({ error: { code: "invalid", message: "x", fields: {} } }, 400));
    const { root } = await discussion();
    fillForm(root);
    root.querySelector("form")!.requestSubmit();
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].headers).not.toHaveProperty("Accept-Language");
  });
});
