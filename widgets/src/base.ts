import { opened } from "./beacons";
import CARD_CSS from "./card.css";
import { cfg } from "./config";
import { h, homeLink } from "./dom";
import { tableOf } from "./lang";
import type { Strings } from "./strings";
import WIDGET_CSS from "./widgets.css";

export type State = "loading" | "ready" | "error";

let observer: IntersectionObserver | undefined;
let sheet: CSSStyleSheet | null | undefined;
let ids = 0;

const own = new Map<string, CSSStyleSheet>();

/**
 * Add a lazy chunk's own styles to an element's shadow root, after the shared sheet.
 * Without constructable stylesheets there is nothing to do: iitk-widgets.css, linked
 * instead, holds every chunk's styles.
 */
export function adopt(root: ShadowRoot, css: string): void {
  if (!sheet || !root.adoptedStyleSheets) return;
  let extra = own.get(css);
  if (!extra) own.set(css, (extra = new CSSStyleSheet())), extra.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, extra];
}

/** An id unique in the page (shadow roots each have their own, but keep them distinct). */
export const newId = (): string => "iitk-" + ++ids;

/** Start an element when it comes within a screen of the viewport (at once without IO),
 * so it is ready by the time it is scrolled to. */
function observe(el: Base): void {
  if (typeof IntersectionObserver != "function") return el._go();
  observer ||= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer!.unobserve(entry.target);
          (entry.target as Base)._go();
        }
      }
    },
    { rootMargin: "100%" },
  );
  observer.observe(el);
}

/**
 * What every widget shares: a shadow root with the stylesheet, a polite live region,
 * the `state` attribute, lazy start, and the fallback (light-DOM children, or a link to
 * the toolkit) whenever it is not ready.
 *
 * These tags document every element (custom-elements.json and iitk-widgets.d.ts are
 * built from them: see manifest.mjs).
 *
 * @attr {"eager" | "lazy"} loading - `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport.
 * @attr {"loading" | "ready" | "error"} state - Set by the element, never by the page: `loading`, `ready` or `error`.
 * @fires {CustomEvent<"loading" | "ready" | "error">} iitk-state - Each time `state` changes (bubbles, composed); `detail` is the new state.
 * @slot - The fallback, shown while the element is not ready and when it fails: put a plain link to the toolkit here.
 * @csspart status - The visually hidden live region that announces loading, errors and results.
 * @csspart link - Every link: card titles, results, "View in the toolkit".
 * @csspart fallback - The link to the toolkit shown on failure when the element has no children (also `link`).
 * @csspart button - Every button.
 * @cssprop --iitk-accent - Links, the card's top border, buttons, the focus outline (default: `data-iitk-theme`, else #005eb8).
 * @cssprop --iitk-text - Text colour (default #212b32).
 * @cssprop --iitk-background - Card and search box background (default #fff).
 * @cssprop --iitk-radius - Corners of cards, tags and buttons (default 4px).
 * @cssprop --iitk-font - Font family (default: the system UI font).
 * @cssprop --iitk-card-height - The height reserved for a card (default 14em).
 */
export abstract class Base extends HTMLElement {
  _r: ShadowRoot;
  /** Visually hidden; announces loading, errors and results. */
  _live = h("p", { class: "iitk-sr", "aria-live": "polite", part: "status" });
  /** Where the content goes. */
  _view = h("div");
  /** What to announce when ready. */
  _msg = "";
  _started = false;
  private _run = 0;
  /** The strings: English (set first, so subclasses' fields can use them), then in the
   * element's language once it is on the page and its `lang` is known (src/lang.ts). */
  _s: Strings = cfg.s;
  /** The language of `_s` when it is not English ("cy"), else "". */
  _lang = "";
  /** The table of the element's language, asked for when it is put on the page. */
  _table?: ReturnType<typeof tableOf>;

  constructor() {
    super();
    this._r = this.attachShadow({ mode: "open" });
    if (sheet === undefined) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CARD_CSS + WIDGET_CSS + ":host{--iitk-theme:" + cfg.theme + "}");
      } catch {
        sheet = null;
      }
    }
    if (sheet && this._r.adoptedStyleSheets) this._r.adoptedStyleSheets = [sheet];
    else this._r.append(h("link", { rel: "stylesheet", href: cfg.css }));
    this._r.append(this._live, this._view);
    // A click (or middle click) on a link to an item counts an open of it.
    this._r.addEventListener("click", opened);
    this._r.addEventListener("auxclick", opened);
  }

  connectedCallback(): void {
    if (this._started) return;
    // Asked for now, so that a language's chunk is here by the time the element starts.
    this._table = tableOf(this);
    if (!sheet) this.style.setProperty("--iitk-theme", cfg.theme);
    this._set("loading");
    this._view.replaceChildren(h("slot"), ...this._placeholder());
    if (this.getAttribute("loading") == "eager") this._go();
    else observe(this);
  }

  /** The English strings of the element (with the page's data-iitk-strings). */
  _english(): Strings {
    return cfg.s;
  }

  /** Shown (after any light-DOM fallback) while loading, to reserve the space. */
  _placeholder(): Node[] {
    return [];
  }

  disconnectedCallback(): void {
    if (!this._started && observer) observer.unobserve(this);
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (this._started && old !== value) this._go();
  }

  /** Load (again) and show the result; any failure shows the fallback. */
  _go(query?: string): void {
    const run = ++this._run;
    this._started = true;
    this._set("loading");
    (this._table = this._table || tableOf(this))
      .then((table) => {
        this._s = { ...this._english(), ...(table && table[1]) };
        this._lang = table ? table[0] : "";
        this._say(this._s.loading);
        return this._load(query);
      })
      .then(
      (node) => {
        if (run != this._run) return;
        if (this._view.firstChild != node || this._view.childNodes.length > 1) {
          this._view.replaceChildren(node);
        }
        this._set("ready");
        this._say(this._msg);
      },
      () => {
        if (run == this._run) this._fail();
      },
    );
  }

  /** The content to show (the same node again to keep focus where it is). */
  abstract _load(query?: string): Node | Promise<Node>;

  _fail(): void {
    // Keep the height the element had, so the page does not move (CSSOM: CSP-safe).
    this._view.style.minHeight = this._view.offsetHeight + "px";
    this._set("error");
    this._say(this._s.error);
    this._view.replaceChildren(this._fallback());
  }

  /** Light-DOM children when there are any, else a link to the toolkit. */
  _fallback(): Node {
    return this.childElementCount || this.textContent!.trim() ? h("slot") : homeLink(this._s.view);
  }

  _set(state: State): void {
    if (this.getAttribute("state") == state) return;
    this.setAttribute("state", state);
    this.dispatchEvent(new CustomEvent("iitk-state", { bubbles: true, composed: true, detail: state }));
  }

  _say(text: string): void {
    this._live.textContent = text;
  }
}
