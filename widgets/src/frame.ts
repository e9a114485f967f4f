/**
 * iitk-frame.js: runs INSIDE the toolkit's embed pages. Tells the parent page the
 * document's height whenever it changes; only ever to the parent's own origin.
 */
import { startResizing } from "./frame-core";

try {
  startResizing(window);
} catch {
  // Not framed, or the browser lacks what is needed: the embed keeps its given height.
}
