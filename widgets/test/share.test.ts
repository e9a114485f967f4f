import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TIMEOUT } from "../src/api";
import { flush } from "../src/beacons";
import { newKey } from "../src/post";
import { add, API, fetched, json, mockFetch, ORIGIN, setup, shadow, tool, until } from "./helpers";

const TOOLS = [tool("fishbone-diagram"), tool("process-map", { title: `<img src=x onerror=alert(1)>` })];
const REFERENCE = "IITK-7KQ3-9XJD";

type Answer = (init: RequestInit) => Response | Promise<Response>;

/** A toolkit whose submissions/ answers in turn with `answers` (the last one repeats). */
function toolkit(...answers: Answer[]) {
  const posts: RequestInit[] = [];
  const fetch = mockFetch((url, init) => {
    if (url.pathname.endsWith("/tools/")) {
      return json({ count: 2, next: null, previous: null, results: TOOLS });
    }
    posts.push(init!);
    return answers[Math.min(posts.length, answers.length) - 1](init!);
  });
  return { fetch, posts };
}

const REFUSED =
  "This site may not send stories to the toolkit: ask the toolkit's team to add https://intranet.example.nhs.uk.";

/** A JSON answer with headers. */
const answer = (status: number, data: unknown, headers: Record<string, string>) =>
  new Response(JSON.stringify(data), { status, headers: { "Content-Type": "application/json", ...headers } });

const accepted: Answer = () => json({ reference: REFERENCE, kind: "story", status: "received" }, 202);
const offline: Answer = () => Promise.reject(new TypeError("Failed to fetch"));

async function form(html = `<iitk-share-story></iitk-share-story>`) {
  const el = add(html);
  await until(el, "ready");
  return { el, root: shadow(el) };
}

const control = (root: ShadowRoot, name: string) =>
  root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

/** Fill in the form as a contributor would; `input` events as typing makes them. */
function fill(root: ShadowRoot, values: Record<string, string | boolean> = {}) {
  const all: Record<string, string | boolean> = {
    title: "Fewer missed doses on ward 7",
    summary: "We mapped the drug round and halved missed doses in six weeks.",
    "tool_usages[0].tool": "process-map",
    "tool_usages[0].why_chosen": "To see the round as it really is.",
    "tool_usages[0].how_used": "Nurses walked it with us.",
    "tool_usages[0].would_use_again": "yes",
    outcomes: "Missed doses fell from 14% to 6%.",
    "tips[0]": "Walk the process before you map it.",
    "pitfalls[0]": "Do not map it from the office.",
    "contributor.name": "Sam Patel",
    "contributor.role": "Ward manager",
    "contributor.organisation": "Northshire Hospitals",
    "contributor.email": "sam@example.nhs.uk",
    "contributor.credit": true,
    consent_to_publish: true,
    no_patient_data: true,
    ...values,
  };
  for (const [name, value] of Object.entries(all)) {
    const c = control(root, name);
    if (typeof value == "boolean") c.checked = value;
    else c.value = value;
    c.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

const send = (root: ShadowRoot) => root.querySelector("form")!.requestSubmit();
const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);
const problem = (root: ShadowRoot) => root.querySelector<HTMLElement>("[part=problem]")!;
const live = (root: ShadowRoot) => root.querySelector("[aria-live]")!.textContent;

describe("<iitk-share-story>", () => {
  let beacon: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    setup();
    beacon = vi.fn(() => true);
    Object.defineProperty(navigator, "sendBeacon", { value: beacon, configurable: true });
  });
  afterEach(() => {
    flush();
    delete (navigator as { sendBeacon?: unknown }).sendBeacon;
    vi.useRealTimers();
  });

  it("shows a labelled form, with the toolkit's tools to choose from", async () => {
    const { fetch } = toolkit(accepted);
    const { root } = await form();
    const url = fetched(fetch)[0];
    expect(url.pathname).toBe("/api/iitk/v1/tools/");
    expect(url.searchParams.get("limit")).toBe("100");
    expect(url.searchParams.get("partner")).toBe("trust-key");
    for (const c of root.querySelectorAll<HTMLInputElement>("[name]")) {
      // Every control has a label of its own (the honeypot's is hidden with it).
      expect(c.labels!.length, c.name).toBe(1);
      expect(c.labels![0].textContent, c.name).not.toBe("");
    }
    const options = [...control(root, "tool_usages[0].tool").querySelectorAll("option")];
    expect(options.map((o) => [o.value, o.textContent])).toEqual([
      ["", ""],
      ["fishbone-diagram", "Tool fishbone-diagram"],
      ["process-map", `<img src=x onerror=alert(1)>`],
    ]);
    expect(root.querySelector("img")).toBeNull();
    const required = [...root.querySelectorAll<HTMLInputElement>("[required]")].map((c) => c.name);
    expect(required).toEqual(["title", "summary", "consent_to_publish", "no_patient_data"]);
    expect(root.querySelectorAll("fieldset > legend")).toHaveLength(3);
    expect(control(root, "contributor.email").getAttribute("autocomplete")).toBe("email");
  });

  it("hides the honeypot from screen readers and the keyboard", async () => {
    toolkit(accepted);
    const { root } = await form();
    const trap = control(root, "website");
    const box = trap.closest("[aria-hidden]")!;
    expect(box.getAttribute("aria-hidden")).toBe("true");
    expect(box.classList.contains("iitk-sr")).toBe(true);
    expect(trap.getAttribute("tabindex")).toBe("-1");
    expect(trap.getAttribute("autocomplete")).toBe("off");
    expect(trap.required).toBe(false);
  });

  it("posts the story as the submissions/ contract asks, and shows the reference", async () => {
    const { posts } = toolkit(accepted);
    const { el, root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(root.querySelector("[part=done]")).not.toBeNull());
    expect(posts).toHaveLength(1);
    const [init] = posts;
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("omit");
    expect(header(init, "Content-Type")).toBe("application/json");
    expect(header(init, "Idempotency-Key")).toMatch(/^[\x21-\x7e]{8,255}$/);
    const body = JSON.parse(init.body as string);
    expect(body.elapsed_ms).toBeGreaterThanOrEqual(0);
    delete body.elapsed_ms;
    expect(body).toEqual({
      kind: "story",
      partner: "trust-key",
      title: "Fewer missed doses on ward 7",
      summary: "We mapped the drug round and halved missed doses in six weeks.",
      tool_usages: [
        {
          tool: "process-map",
          why_chosen: "To see the round as it really is.",
          how_used: "Nurses walked it with us.",
          would_use_again: "yes",
        },
      ],
      outcomes: "Missed doses fell from 14% to 6%.",
      tips: ["Walk the process before you map it."],
      pitfalls: ["Do not map it from the office."],
      contributor: {
        name: "Sam Patel",
        role: "Ward manager",
        organisation: "Northshire Hospitals",
        email: "sam@example.nhs.uk",
        credit: true,
      },
      consent_to_publish: true,
      no_patient_data: true,
    });
    const done = root.querySelector<HTMLElement>("[part=done]")!;
    expect(done.querySelector("[part=reference]")!.textContent).toContain(REFERENCE);
    expect(root.activeElement).toBe(done);
    expect(live(root)).toContain(REFERENCE);
    expect(root.querySelector("form")).toBeNull();
    expect(el.getAttribute("state")).toBe("ready");
  });

  it("leaves out what was not filled in, and sends the honeypot only when filled", async () => {
    const { posts } = toolkit(accepted);
    const { root } = await form();
    fill(root, {
      "tool_usages[0].tool": "",
      "tool_usages[0].why_chosen": "",
      "tool_usages[0].how_used": "",
      "tool_usages[0].would_use_again": "",
      outcomes: "  ",
      "tips[0]": "",
      "pitfalls[0]": "",
      "contributor.name": "",
      "contributor.role": "",
      "contributor.organisation": "",
      "contributor.email": "",
      "contributor.credit": false,
    });
    control(root, "website").value = "http://spam.example";
    send(root);
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    const body = JSON.parse(posts[0].body as string);
    expect(Object.keys(body).sort()).toEqual(
      [
        "consent_to_publish",
        "contributor",
        "elapsed_ms",
        "kind",
        "no_patient_data",
        "partner",
        "summary",
        "title",
        "website",
      ],
    );
    expect(body.contributor).toEqual({ credit: false });
    expect(body.website).toBe("http://spam.example");
  });

  it("lets the browser stop a send with required fields empty", async () => {
    const { posts } = toolkit(accepted);
    const { root } = await form();
    fill(root, { no_patient_data: false });
    send(root);
    await new Promise((r) => setTimeout(r, 20));
    expect(posts).toHaveLength(0);
  });

  const RETRIABLE: Record<string, Answer> = {
    "a network error": offline,
    "a 500": () => json({ error: { code: "server_error", message: "x" } }, 500),
    "a 503": () => answer(503, { error: { code: "unavailable", message: "x" } }, { "Retry-After": "30" }),
    "an answer that is not JSON": () => new Response("<html>Bad gateway</html>", { status: 502 }),
  };
  for (const [name, failure] of Object.entries(RETRIABLE)) {
    it(`keeps the answers and sends the same Idempotency-Key again after ${name}`, async () => {
      const { posts } = toolkit(failure, accepted);
      const { root } = await form();
      fill(root);
      send(root);
      await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
      expect(problem(root).textContent).toContain("Your story was not sent. Try again in a few minutes.");
      expect(root.activeElement).toBe(problem(root));
      // The toolkit's own form is offered too (the element has no fallback of its own here).
      expect(problem(root).querySelector("a[part~=fallback]")!.getAttribute("href")).toBe(ORIGIN + "/");
      expect(control(root, "title").value).toBe("Fewer missed doses on ward 7");
      problem(root).querySelector<HTMLButtonElement>("[part~=retry]")!.click();
      await vi.waitFor(() => expect(root.querySelector("[part=done]")).not.toBeNull());
      expect(posts).toHaveLength(2);
      expect(header(posts[1], "Idempotency-Key")).toBe(header(posts[0], "Idempotency-Key"));
      // Byte for byte the same body (elapsed_ms too): the toolkit answers a changed body 409.
      expect(posts[1].body).toBe(posts[0].body);
    });
  }

  it("gives up a send after the timeout, and retries it with the same key", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const hang: Answer = (init) =>
      new Promise((_ok, no) =>
        init.signal!.addEventListener("abort", () => no(new DOMException("aborted", "AbortError"))),
      );
    const { posts } = toolkit(hang, accepted);
    const { root } = await form();
    fill(root);
    send(root);
    await vi.advanceTimersByTimeAsync(TIMEOUT - 100);
    expect(problem(root).hidden).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(problem(root).hidden).toBe(false);
    expect(problem(root).textContent).toContain("Your story was not sent.");
    send(root);
    await vi.advanceTimersByTimeAsync(10);
    expect(root.querySelector("[part=done]")).not.toBeNull();
    expect(header(posts[1], "Idempotency-Key")).toBe(header(posts[0], "Idempotency-Key"));
  });

  it("marks a 400's field errors on the fields and in a summary that takes focus", async () => {
    const invalid = () =>
      json(
        {
          error: {
            code: "invalid",
            message: "Check the fields.",
            fields: {
              title: ["Ensure this field has no more than 255 characters."],
              "tool_usages[0].tool": ["Choose a published tool."],
              "contributor.email": ["Enter a valid email address."],
              questions: ["Unknown question."],
            },
          },
        },
        400,
      );
    const { posts } = toolkit(invalid, accepted);
    const { root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    const summary = problem(root);
    expect(root.activeElement).toBe(summary);
    expect(summary.getAttribute("tabindex")).toBe("-1");
    expect(summary.querySelector("h3")!.textContent).toBe("There is a problem");
    const items = [...summary.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toEqual([
      "Title – Ensure this field has no more than 255 characters.",
      "Tool – Choose a published tool.",
      "Email (only to contact you; never published) – Enter a valid email address.",
      "Unknown question.",
    ]);
    for (const name of ["title", "tool_usages[0].tool", "contributor.email"]) {
      const c = control(root, name);
      expect(c.getAttribute("aria-invalid"), name).toBe("true");
      const error = root.getElementById(c.getAttribute("aria-describedby")!)!;
      expect(error.getAttribute("part")).toBe("error");
      expect(error.textContent, name).not.toBe("");
    }
    expect(control(root, "summary").hasAttribute("aria-invalid")).toBe(false);
    const summaryError = control(root, "summary").getAttribute("aria-describedby")!;
    expect(root.getElementById(summaryError)!.textContent).toBe("");
    // A summary link moves focus to its field (a #fragment cannot reach into the shadow root).
    const link = summary.querySelectorAll("a")[1];
    expect(link.getAttribute("href")).toBe("#" + control(root, "tool_usages[0].tool").id);
    link.click();
    expect(root.activeElement).toBe(control(root, "tool_usages[0].tool"));

    // Corrected and sent again: the errors go, and the same key is used (nothing was stored).
    fill(root, { title: "Shorter" });
    send(root);
    await vi.waitFor(() => expect(root.querySelector("[part=done]")).not.toBeNull());
    expect(header(posts[1], "Idempotency-Key")).toBe(header(posts[0], "Idempotency-Key"));
  });

  it("shows a field error for the whole list on its first field", async () => {
    const fields = { tool_usages: ["Name a tool."] };
    toolkit(() => json({ error: { code: "invalid", message: "x", fields } }, 400));
    const { root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    expect(control(root, "tool_usages[0].tool").getAttribute("aria-invalid")).toBe("true");
    expect(problem(root).querySelector("a")!.textContent).toBe("Tool – Name a tool.");
  });

  it("clears the last errors when sent again", async () => {
    const { posts } = toolkit(
      () => json({ error: { code: "invalid", message: "x", fields: { summary: ["Too short."] } } }, 400),
      offline,
    );
    const { root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    send(root);
    await vi.waitFor(() => expect(posts).toHaveLength(2));
    await vi.waitFor(() => expect(problem(root).textContent).toContain("not sent"));
    expect(control(root, "summary").hasAttribute("aria-invalid")).toBe(false);
    expect(problem(root).querySelector("li")).toBeNull();
  });

  it("says when too many stories were sent, with the time from Retry-After", async () => {
    vi.useFakeTimers({ now: new Date(2026, 0, 5, 14, 0, 0), toFake: ["Date"] });
    toolkit(() => answer(429, { error: { code: "throttled", message: "x" } }, { "Retry-After": "900" }));
    const { root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    expect(problem(root).textContent).toContain(
      "Too many stories sent from your network. Try again after 14:15.",
    );
    expect(problem(root).querySelector("[part~=retry]")).not.toBeNull();
  });

  it("asks for a shorter story on 413", async () => {
    toolkit(() => json({ error: { code: "too_large", message: "x" } }, 413));
    const { root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    expect(problem(root).textContent).toContain("Your story is too long: shorten your longest answers.");
  });

  it("says this site may not send stories, naming its origin, on a 403", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    toolkit(() => json({ error: { code: "origin_not_allowed", message: "x" } }, 403));
    const { root } = await form(
      `<iitk-share-story><a href="${ORIGIN}/share-a-story/">Share your story</a></iitk-share-story>`,
    );
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    expect(problem(root).textContent).toContain(REFUSED);
    expect(problem(root).querySelector("slot")).not.toBeNull();
    expect(problem(root).querySelector("[part~=retry]")).not.toBeNull();
    // For the page's developer: the console names the origin to add.
    expect(warn).toHaveBeenCalledWith(REFUSED);
  });

  it("blames no origin for a network error", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    toolkit(offline);
    const { root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    expect(problem(root).textContent).toContain("Your story was not sent. Try again in a few minutes.");
    expect(warn).not.toHaveBeenCalled();
  });

  it("offers a retry and the toolkit's own form on another 4xx (415)", async () => {
    toolkit(() => json({ error: { code: "unsupported_media_type", message: "x" } }, 415));
    const { root } = await form(
      `<iitk-share-story><a href="${ORIGIN}/share-a-story/">Share your story</a></iitk-share-story>`,
    );
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    expect(problem(root).textContent).toContain("Your story was not sent.");
    expect(problem(root).querySelector("slot")).not.toBeNull();
  });

  it("makes a new key after a 409: the earlier send got through with other answers", async () => {
    const { posts } = toolkit(
      () => json({ error: { code: "idempotency_key_reused", message: "x" } }, 409),
      accepted,
    );
    const { root } = await form();
    fill(root);
    send(root);
    await vi.waitFor(() => expect(problem(root).hidden).toBe(false));
    expect(problem(root).textContent).toContain("not sent");
    send(root);
    await vi.waitFor(() => expect(root.querySelector("[part=done]")).not.toBeNull());
    expect(header(posts[1], "Idempotency-Key")).not.toBe(header(posts[0], "Idempotency-Key"));
  });

  it("sends one share_started event on the first input", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    toolkit(accepted);
    const { root } = await form();
    fill(root);
    fill(root);
    await vi.advanceTimersByTimeAsync(2000);
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, body] = beacon.mock.calls[0];
    expect(url).toBe(API + "events/");
    expect(JSON.parse(body)).toEqual({
      partner: "trust-key",
      events: [{ type: "share_started", kind: "toolkit", item: "" }],
    });
  });

  it("shows its light-DOM fallback when the tools cannot be loaded", async () => {
    mockFetch(() => json({ error: {} }, 500));
    const el = add(
      `<iitk-share-story><a href="${ORIGIN}/share-a-story/">Share your story</a></iitk-share-story>`,
    );
    await until(el, "error");
    expect(shadow(el).querySelector("slot")).not.toBeNull();
    expect(shadow(el).querySelector("form")).toBeNull();
  });
});

describe("newKey", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is a UUID where the browser makes them", () => {
    expect(newKey()).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[\da-f]{4}-[\da-f]{12}$/);
    expect(newKey()).not.toBe(newKey());
  });

  it("is 128 random bits where randomUUID is missing (pages served over http:)", () => {
    const { getRandomValues } = crypto;
    vi.stubGlobal("crypto", { getRandomValues: getRandomValues.bind(crypto) });
    const key = newKey();
    expect(key).toMatch(/^\d+-\d+-\d+-\d+$/);
    expect(key.length).toBeGreaterThanOrEqual(8);
    expect(newKey()).not.toBe(key);
  });
});
