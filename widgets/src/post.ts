/**
 * Posting a form to the toolkit, as <iitk-share-story> and <iitk-discussion> do: one
 * Idempotency-Key per filled form, and the answers a form acts on alike. Not lent by the
 * core (src/kit.ts): each of those lazy chunks carries its own copy.
 */
import { apiUrl, request } from "./api";
import type { Base } from "./base";
import { h, text } from "./dom";
import { fill } from "./strings";
import type { ErrorBody, Receipt } from "./types";

/** A new Idempotency-Key: a UUID, or 128 random bits where randomUUID is missing (http: pages). */
export const newKey = (): string =>
  crypto.randomUUID ? crypto.randomUUID() : crypto.getRandomValues(new Uint32Array(4)).join("-");

/** The answer to a post: its status (0 when none came), its JSON (a receipt or an error), Retry-After. */
export type Answer = [status: number, body?: Partial<Receipt & ErrorBody> | null, wait?: string];

/** A form element that posts: what these functions use of it. */
export type Poster = Base & {
  _key: string;
  _s: { sending: string; retry: string };
  _send(): unknown;
  _done(reference: string): void;
  _errors(fields: Record<string, unknown>): boolean;
};

/**
 * The texts for an answer the form cannot act on itself: 403 and 429 are templates
 * (`{origin}`, `{time}`); 413 is optional; `0` is for any other answer.
 */
export type Messages = { 403: string; 413?: string; 429: string; 0: string };

/** POST `data` as JSON to the API's `path`, with the form's key. Never throws. */
export async function post(form: Poster, path: string, data: object): Promise<Answer> {
  // One key for this filled form, kept for every retry. A double click sends twice with
  // it, and the toolkit stores the post once. (Not ||=: ES2020 spells that out.)
  form._key = form._key || newKey();
  form._say(form._s.sending);
  let answer: Answer = [0];
  try {
    answer = await request(
      apiUrl(path).href,
      async (r) => [r.status, await r.json().catch(() => null), r.headers.get("Retry-After") || ""],
      {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Idempotency-Key": form._key,
          // The toolkit's error messages in the form's language (a CORS-safelisted header).
          ...(form._lang && { "Accept-Language": form._lang }),
        },
        body: JSON.stringify(data),
      },
    );
  } catch {
    // A network error or a timeout: status 0, and the same key on the retry.
  }
  form._say("");
  return answer;
}

/**
 * Act on the answer: 202 → `_done`; 400 with field errors → `_errors`. Whatever else, every
 * answer stays: gives the message for it and a retry button, for the form to show.
 */
export function settle(form: Poster, [status, body, wait]: Answer, messages: Messages): [Node, Node] | void {
  if (status == 202) return form._done(text(body && body.reference));
  if (status == 400 && form._errors((body && body.error && body.error.fields) || {})) return;
  // 409: an earlier send with this key got through with other answers; send this as new.
  if (status == 409) form._key = newKey();
  const retry = h("button", { type: "button", part: "button retry" }, form._s.retry);
  retry.addEventListener("click", () => form._send());
  // Nothing (network error, timeout), 5xx or 409 (this version is not stored): try again.
  const message =
    {
      // 403: the toolkit does not take posts from this site's origin (CORS lets the
      // page read that). Its readers cannot fix it, its developer can: the console
      // says the same, naming the origin to add.
      403: fill(messages[403], { origin: location.origin }),
      413: messages[413],
      // Retry-After in seconds (as the API sends it); HH:MM in the reader's time zone.
      429: fill(messages[429], { time: new Date(Date.now() + (+wait! || 60) * 1000).toTimeString().slice(0, 5) }),
    }[status] || messages[0];
  if (status == 403) console.warn(message);
  return [h("p", null, message), retry];
}
