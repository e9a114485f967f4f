import { cfg } from "./config";
import { kit } from "./kit";

/**
 * Elements whose code is a separate file, loaded only when the page has one. Each is
 * built from src/chunks/<tag>.ts into <tag>.js beside iitk-widgets.js. Until it
 * arrives (or when it cannot be loaded) the element shows its light-DOM fallback.
 * (The other chunks, iitk-strings-<language>.js, are loaded by src/lang.ts.)
 */
export const LAZY = ["iitk-discussion", "iitk-events", "iitk-question-explorer", "iitk-share-story"];

const requested = new Set<string>();
let nonce = "";

/**
 * Add the script of the chunk ``name`` (src/chunks/<name>.ts, built to <name>.js beside
 * the core), with the core's kit. Nothing when the page has it already (a second copy of
 * the core on the page finds the first one's request).
 */
export function loadChunk(name: string): HTMLScriptElement | undefined {
  const src = new URL(name + ".js", cfg.src).href;
  if (document.querySelector(`script[src="${src}"]`)) return;
  // A classic script, not import(): it needs no CORS headers on the toolkit's static
  // files, and a strict CSP that allows the core script allows it (same origin; a
  // nonce is copied, and 'strict-dynamic' trusts scripts the core inserts).
  const script = document.createElement("script");
  script.src = src;
  script.nonce = nonce;
  // The chunk reads the kit from its own script element: no global is added.
  (script as unknown as { _kit: unknown })._kit = kit();
  document.head.append(script);
  return script;
}

/** Load the chunk of every lazy element in ``root`` not yet asked for. */
export function loadChunks(root: ParentNode = document): void {
  for (const tag of LAZY) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    loadChunk(tag);
  }
}

/** Load chunks for lazy elements now, once the page is parsed, and as they are added. */
export function watchLazy(scriptNonce?: string | null): void {
  nonce = scriptNonce || "";
  loadChunks();
  if (document.readyState == "loading") document.addEventListener("DOMContentLoaded", () => loadChunks());
  if (typeof MutationObserver != "function") return;
  const observer = new MutationObserver(() => {
    loadChunks();
    if (requested.size == LAZY.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
