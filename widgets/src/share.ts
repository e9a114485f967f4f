import { apiUrl, getJSON } from "./api";
import { adopt, Base, newId } from "./base";
import { track } from "./beacons";
import { cfg } from "./config";
import { h, items, strings } from "./dom";
import SHARE_CSS from "./chunks/iitk-share-story.css";
import { SHARE_STRINGS, type ShareStrings } from "./share-strings";
import { post, settle } from "./post";
import { fill, pick, type Strings } from "./strings";
import type { Page, ToolCard } from "./types";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A submission's JSON body, built from the form's named controls. */
type Body = { [key: string]: unknown };

/** Set a value at a path of the submissions/ contract, e.g. "tool_usages[0].how_used". */
function put(data: Body, path: string, value: unknown): void {
  const keys = path.split(/[.[\]]+/).filter(Boolean);
  const last = keys.pop()!;
  // A numeric key is an array index: "0" indexes an array as well as an object.
  keys.forEach((key, i) => (data = (data[key] ||= /^\d/.test(keys[i + 1] || last) ? [] : {}) as Body));
  data[last] = value;
}

/**
 * A form to share a story of using a tool, posted as JSON to `submissions/` with an
 * Idempotency-Key that is made once for the filled form and sent again on every retry,
 * so a retry after a lost answer never stores the story twice. Every control is named
 * by its path in the contract, so the API's field errors find it.
 *
 * @tag iitk-share-story
 * @summary A form to share a story of using a tool.
 * @csspart form - The form.
 * @csspart group - A `<fieldset>` of the form.
 * @csspart legend - A fieldset's legend.
 * @csspart label - A field's label.
 * @csspart input - A text box or a list.
 * @csspart checkbox - A tick box.
 * @csspart error - A field's error message (empty when there is none).
 * @csspart problem - The error summary, or why a story was not sent.
 * @csspart retry - The "Try again" button (also `button`).
 * @csspart done - The thanks after sending.
 * @csspart reference - The sentence with the reference to quote.
 */
export class ShareStoryElement extends Base {
  // The browser checks required fields before "submit"; the toolkit checks the rest.
  _form = h("form", { part: "form" });
  /** The error summary, or what went wrong in sending (with a retry button). */
  _box = h("div", { class: "iitk-problem", part: "problem", tabindex: "-1", role: "alert", hidden: "" });
  _key = "";
  declare _s: Strings & ShareStrings;
  _shown = 0;
  _sent = 0;

  constructor() {
    super();
    adopt(this._r, SHARE_CSS);
    this._form.addEventListener("submit", (event) => {
      event.preventDefault();
      this._send();
    });
    this._form.addEventListener("input", () => track("share_started", "toolkit", ""), { once: true });
  }

  /** The form's strings join the core's: the English ones, with `data-iitk-strings`. */
  _english(): Strings & ShareStrings {
    return { ...cfg.s, ...pick(SHARE_STRINGS, cfg.given) };
  }

  async _load(): Promise<Node> {
    const data = await getJSON<Page<ToolCard>>(apiUrl("tools/", { limit: "100" }));
    const s = this._s;
    const usage = "tool_usages[0].";
    // Each field's label is the string named after the field, e.g. s.why_chosen.
    const label = (name: string) => s[name.replace("[0]", "").split(".").pop() as keyof typeof s];
    const textbox = (name: string, max = 2000, attrs?: Record<string, string>) =>
      this._field(name, label(name), h(max > 255 ? "textarea" : "input", { maxlength: "" + max, ...attrs }));
    const choice = (name: string, options: string[][]) =>
      this._field(
        name,
        label(name),
        h("select", null, ...[["", ""], ...options].map(([value, text]) => h("option", { value }, text))),
      );
    const group = (legend: string, ...fields: Node[]) =>
      h("fieldset", { part: "group" }, h("legend", { part: "legend" }, legend), ...fields);
    const check = (name: string, required?: string) =>
      this._field(name, label(name), h("input", { type: "checkbox", ...(required && { required }) }));
    // A honeypot for spam robots: out of sight, out of the tab order, hidden from screen readers.
    const trap = this._field("website", "Website", h("input", { tabindex: "-1", autocomplete: "off" }));
    trap.className = "iitk-sr";
    trap.setAttribute("aria-hidden", "true");
    this._form.replaceChildren(
      this._box,
      h("p", null, s.noPatients),
      group(
        s.yourStory,
        textbox("title", 255, { required: "" }),
        textbox("summary", 600, { required: "" }),
        textbox("outcomes", 4000),
        textbox("tips[0]", 500),
        textbox("pitfalls[0]", 500),
      ),
      group(
        s.toolUsed,
        choice(usage + "tool", items(data.results).map((tool) => [tool.slug, tool.title])),
        textbox(usage + "why_chosen"),
        textbox(usage + "how_used"),
        choice(usage + "would_use_again", [
          ["yes", s.yes],
          ["maybe", s.maybe],
          ["no", s.no],
        ]),
      ),
      group(
        s.aboutYou,
        textbox("contributor.name", 120, { autocomplete: "name" }),
        textbox("contributor.role", 120, { autocomplete: "organization-title" }),
        textbox("contributor.organisation", 255, { autocomplete: "organization" }),
        textbox("contributor.email", 254, { type: "email", autocomplete: "email" }),
        check("contributor.credit"),
      ),
      check("consent_to_publish", "true"),
      check("no_patient_data", "true"),
      trap,
      h("button", { part: "button" }, s.send),
    );
    this._shown = Date.now();
    return this._form;
  }

  /** A labelled control with a place for its error, which describes it (when empty, nothing). */
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

  /** The named controls (the honeypot too: the toolkit never names it in an error). */
  _controls(): Control[] {
    return [...this._form.querySelectorAll<Control>("[name]")];
  }

  /** Send the form (the browser has checked it). Whatever the answer but 202, every answer stays. */
  async _send(): Promise<void> {
    const s = this._s;
    this._errors({}); // clear the last attempt's
    // Timed to the first send, so that a retry of the same answers is the same body.
    // (JSON leaves out a partner that is undefined.)
    const data: Body = {
      kind: "story",
      elapsed_ms: (this._sent = this._sent || Date.now()) - this._shown,
      partner: cfg.partner || undefined,
    };
    for (const c of this._controls()) {
      const value = c.type == "checkbox" ? (c as HTMLInputElement).checked : c.value.trim();
      if (value !== "") put(data, c.name, value);
    }
    const problem = settle(this, await post(this, "submissions/", data), {
      403: s.refused,
      413: s.tooLong,
      429: s.busy,
      0: s.offline,
    });
    // Always offer the toolkit's own form too (the fallback).
    if (problem) this._show(problem[0], h("p", null, this._fallback()), problem[1]);
  }

  /** Show a problem at the top of the form, and take focus there. */
  _show(...nodes: Node[]): void {
    const box = this._box;
    box.replaceChildren(h("h3", null, this._s.problem), ...nodes);
    box.hidden = false;
    box.focus();
  }

  /**
   * Mark the API's field errors (`fields`: path → messages) on their fields and in a
   * summary at the top that takes focus; clear the others. True if there were any.
   */
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
      // "tool_usages" or "tips" (the whole list) is shown on its first field.
      const control = controls.find((c) => c.name.startsWith(key));
      let item: Node = h("span", null, message);
      if (control) {
        control.setAttribute("aria-invalid", "true");
        this._r.getElementById(control.id + "e")!.textContent = message;
        // In the shadow root a #fragment link cannot move focus: do it here.
        item = h(
          "a",
          { href: "#" + control.id, part: "link" },
          control.labels![0].textContent + " – " + message,
        );
        item.addEventListener("click", (event) => {
          event.preventDefault();
          control.focus();
        });
      }
      list.append(h("li", null, item));
    }
    if (list.firstChild) this._show(list);
    return !!list.firstChild;
  }

  /** The story is in: say so, with the reference to quote, and take focus there. */
  _done(reference: string): void {
    const s = this._s;
    const done = h(
      "div",
      { class: "iitk-done", part: "done", tabindex: "-1" },
      h("h3", null, s.thanks),
      reference && h("p", { part: "reference" }, fill(s.reference, { reference })),
    );
    this._view.replaceChildren(done);
    done.focus();
    this._say(done.textContent!);
  }
}
