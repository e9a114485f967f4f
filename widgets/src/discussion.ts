import { apiUrl, getJSON, safeUrl } from "./api";
import { adopt, Base, newId } from "./base";
import { cfg } from "./config";
import { h, strings, text } from "./dom";
import DISCUSSION_CSS from "./chunks/iitk-discussion.css";
import { DISCUSSION_STRINGS, type DiscussionStrings } from "./discussion-strings";
import { post, settle } from "./post";
import { fill, pick, type Strings } from "./strings";
import type { Cards, DiscussionReply, DiscussionThread, Page } from "./types";

/** The kinds of page that have a discussion, as attributes and as `about.kind`. */
const KINDS = ["tool", "framework", "story"] as const;

/** "3 Dec 2026" in the reader's language, or "" for a date that cannot be read. */
function day(iso: string): string {
  const date = new Date(iso);
  return isNaN(+date) ? "" : date.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}

/** The posts in what should be a list of them: each with a numeric id and a text body. */
const posts = <T extends DiscussionReply>(list: unknown): T[] => {
  if (!Array.isArray(list)) throw Error("list");
  return list.filter((post) => post && typeof post.id == "number" && typeof post.body == "string");
};

type Control = HTMLInputElement | HTMLTextAreaElement;

/**
 * The discussion of one tool, framework or story (`discussions/?tool=…`): its published
 * threads, newest first, each with its replies, and a form to post a new question or
 * experience, sent to `POST discussions/` like the toolkit's own form (pre-moderated:
 * nothing shows until a reviewer approves it). Posts are plain text, shown as text.
 *
 * @tag iitk-discussion
 * @summary The discussion of a tool, framework or story, with a form to post to it.
 * @attr {string} tool - The tool's slug (give one of `tool`, `framework`, `story`).
 * @attr {string} framework - The framework's slug.
 * @attr {string} story - The story's slug.
 * @attr {number | string} limit - Threads shown, 1 to 100 (default 5); a link leads to the rest.
 * @attr {"off"} form - `off` leaves out the form to post (the link to the toolkit's own stays).
 * @csspart threads - The list of threads.
 * @csspart thread - One thread: its first post, replies and reply link.
 * @csspart post - One post (`<article>`).
 * @csspart byline - A post's author and date.
 * @csspart body - A post's text.
 * @csspart tag - "Recommended by the editors".
 * @csspart replies - A thread's list of replies.
 * @csspart form - The form to post.
 * @csspart label - A field's label.
 * @csspart input - A text box.
 * @csspart checkbox - A tick box.
 * @csspart error - A field's error message (empty when there is none).
 * @csspart problem - The error summary, or why a post was not sent.
 * @csspart retry - The "Try again" button (also `button`).
 * @csspart done - The thanks after sending, with the reference.
 */
export class DiscussionElement extends Base {
  static observedAttributes = ["tool", "framework", "story", "limit", "form"];

  _form = h("form", { part: "form" });
  _box = h("div", { class: "iitk-problem", part: "problem", tabindex: "-1", role: "alert", hidden: "" });
  _key = "";
  declare _s: Strings & DiscussionStrings;
  _shown = 0;
  _sent = 0;

  constructor() {
    super();
    adopt(this._r, DISCUSSION_CSS);
    this._form.addEventListener("submit", (event) => {
      event.preventDefault();
      this._send();
    });
  }

  /** `{kind, slug}` from the first of the tool, framework and story attributes. */
  _about(): { kind: string; slug: string } {
    const kind = KINDS.find((k) => this.getAttribute(k))!;
    if (!kind) throw Error("no tool, framework or story");
    return { kind, slug: this.getAttribute(kind)! };
  }

  /** The element's strings join the core's: the English ones, with `data-iitk-strings`. */
  _english(): Strings & DiscussionStrings {
    return { ...cfg.s, ...pick(DISCUSSION_STRINGS, cfg.given) };
  }

  async _load(): Promise<Node> {
    const s = this._s;
    const about = this._about();
    const limit = Math.min(Math.max(parseInt(this.getAttribute("limit")!) || 5, 1), 100);
    const data = await getJSON<Page<DiscussionThread>>(
      apiUrl("discussions/", { [about.kind]: about.slug, limit: "" + limit }),
    );
    const threads = posts<DiscussionThread>(data.results);
    // The page on the toolkit: from a thread, else from the item's card (one more request).
    let page = threads.length ? safeUrl(threads[0].about && threads[0].about.url) : null;
    if (!threads.length) {
      const plural = about.kind == "story" ? "stories" : about.kind + "s";
      const cards = await getJSON<Cards>(apiUrl("cards/", { [plural]: about.slug }));
      const found = (cards as unknown as Record<string, { url?: unknown }[]>)[plural];
      page = Array.isArray(found) && found[0] ? safeUrl(found[0].url) : null;
    }
    const join = page && h("a", { href: page + "#iitk-discussion", part: "link" }, s.join);
    this._msg = threads.length ? "" : s.noPosts;
    const out = h(
      "div",
      { class: "iitk-discussion" },
      threads.length
        ? h("ol", { class: "iitk-threads", part: "threads", "aria-label": s.discussion }, ...threads.map((t) => this._thread(t)))
        : h("p", null, s.noPosts),
      data.next && page && h("p", null, h("a", { href: page + "#iitk-discussion", part: "link" }, s.more)),
      join && h("p", null, join),
    );
    if (this.getAttribute("form") != "off") out.append(this._build(s));
    return out;
  }

  /** A thread: its first post, its replies, and how to reply (on the toolkit). */
  _thread(thread: DiscussionThread): HTMLLIElement {
    const s = this._s;
    const replies = posts(Array.isArray(thread.replies) ? thread.replies : []);
    const href = safeUrl(thread.url);
    return h(
      "li",
      { class: "iitk-thread", part: "thread" },
      this._post(thread),
      replies.length > 0 &&
        h("ol", { class: "iitk-replies", part: "replies", "aria-label": s.replies }, ...replies.map((r) => h("li", null, this._post(r)))),
      thread.locked
        ? h("p", { class: "iitk-note" }, s.locked)
        : href && h("p", null, h("a", { href, part: "link" }, s.reply)),
    );
  }

  /** One post: who and when, "recommended", and the text (as text, never as HTML). */
  _post(post: DiscussionReply): HTMLElement {
    const s = this._s;
    const when = day(text(post.published));
    return h(
      "article",
      { class: "iitk-post", part: "post" },
      h(
        "p",
        { class: "iitk-byline", part: "byline" },
        h("strong", null, text(post.author) || s.anonymous),
        when && " · ",
        when && h("time", { datetime: post.published }, when),
        post.recommended === true && " ",
        post.recommended === true && h("span", { class: "iitk-tag", part: "tag" }, s.recommended),
      ),
      h("p", { class: "iitk-body", part: "body" }, post.body),
    );
  }

  /** The form to post a new thread. */
  _build(s: typeof DISCUSSION_STRINGS): HTMLElement {
    const check = (name: string, label: string, required?: boolean) =>
      this._field(name, label, h("input", { type: "checkbox", ...(required && { required: "" }) }));
    const trap = this._field("website", "Website", h("input", { tabindex: "-1", autocomplete: "off" }));
    trap.className = "iitk-sr";
    trap.setAttribute("aria-hidden", "true");
    const body = this._field("body", s.post, h("textarea", { maxlength: "4000", required: "", rows: "4" }));
    body.insertBefore(h("p", { class: "iitk-hint" }, s.postHint), body.lastChild);
    this._form.replaceChildren(
      h("h3", null, s.ask),
      this._box,
      body,
      this._field("contributor.name", s.postName, h("input", { maxlength: "120", autocomplete: "name" })),
      check("contributor.credit", s.postShowName),
      this._field("contributor.email", s.postEmail, h("input", { type: "email", maxlength: "254", autocomplete: "email" })),
      check("consent_to_publish", s.postConsent, true),
      check("no_patient_data", s.postNoPatients, true),
      trap,
      h("button", { part: "button" }, s.postSend),
    );
    this._shown = Date.now();
    return this._form;
  }

  /** A labelled control with a place for its error, which describes it. */
  _field(name: string, label: string, control: Control): HTMLElement {
    const id = (control.id = newId());
    const box = control.type == "checkbox";
    control.name = name;
    control.setAttribute("part", box ? "checkbox" : "input");
    control.setAttribute("aria-describedby", id + "e");
    const tag = h("label", { for: id, part: "label" }, label);
    const error = h("p", { id: id + "e", class: "iitk-error", part: "error" });
    return h(
      "div",
      { class: "iitk-field" },
      ...(box ? [error, h("div", { class: "iitk-check" }, control, tag)] : [tag, error, control]),
    );
  }

  _controls(): Control[] {
    return [...this._form.querySelectorAll<Control>("[name]")];
  }

  /** Send the post; on anything but 202 every answer stays, with a way to try again. */
  async _send(): Promise<void> {
    const s = this._s;
    this._errors({});
    const data: Record<string, unknown> = {
      about: this._about(),
      parent: null,
      elapsed_ms: (this._sent = this._sent || Date.now()) - this._shown,
      partner: cfg.partner || undefined,
    };
    const contributor: Record<string, unknown> = {};
    for (const c of this._controls()) {
      const value = c.type == "checkbox" ? (c as HTMLInputElement).checked : c.value.trim();
      if (value === "") continue;
      const [first, second] = c.name.split(".");
      if (second) contributor[second] = value;
      else data[first] = value;
    }
    data.contributor = contributor;
    const problem = settle(this, await post(this, "discussions/", data), {
      403: s.postRefused,
      429: s.postBusy,
      0: s.postOffline,
    });
    if (problem) this._show(...problem);
  }

  _show(...nodes: Node[]): void {
    const box = this._box;
    box.replaceChildren(h("h4", null, this._s.problem), ...nodes);
    box.hidden = false;
    box.focus();
  }

  /** Mark the API's field errors on their fields and in a focused summary. True if any. */
  _errors(fields: Record<string, unknown>): boolean {
    const list = h("ul");
    const controls = this._controls();
    this._box.hidden = true;
    for (const c of controls) {
      c.removeAttribute("aria-invalid");
      this._r.getElementById(c.id + "e")!.textContent = "";
    }
    for (const key in fields) {
      const message = strings([fields[key]].flat()).join(" ");
      const control = controls.find((c) => c.name == key);
      if (control) {
        control.setAttribute("aria-invalid", "true");
        this._r.getElementById(control.id + "e")!.textContent = message;
      }
      list.append(h("li", null, control ? control.labels![0].textContent + " – " + message : message));
    }
    if (list.firstChild) this._show(list);
    return !!list.firstChild;
  }

  /** The post is in: thank, give the reference, and say it waits for a reviewer. */
  _done(reference: string): void {
    const s = this._s;
    const done = h(
      "div",
      { class: "iitk-done", part: "done", tabindex: "-1" },
      h("h4", null, s.postThanks),
      h("p", null, fill(s.postPending, { reference })),
    );
    this._form.replaceWith(done);
    done.focus();
    this._say(done.textContent!);
  }
}
