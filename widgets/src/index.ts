/**
 * iitk-widgets.js: the toolkit's embeddable widgets. One classic script tag configures
 * them (data-iitk-api, data-iitk-partner, data-iitk-theme, data-iitk-strings); the
 * bundle is an IIFE and adds no globals beyond the custom elements.
 *
 * A page with anything in Welsh (`lang="cy"` on the page, a section or an element) gets
 * iitk-widgets.cy.js instead: the same widgets with the Welsh strings too, each element
 * speaking its own language. Only such pages load it, so English pages pay nothing.
 */
import { cfg, configure, ownScript, readConfig } from "./config";
import { h } from "./dom";
import { defineAll } from "./elements";
import { WELSH_SELECTOR } from "./lang";

try {
  configure(readConfig(ownScript()));
  if (!WELSH && document.querySelector(WELSH_SELECTOR)) {
    // The Welsh build (configured by this tag's data-iitk-* too); English if it fails.
    const welsh = h("script", { src: cfg.css.replace(/css$/, "cy.js") });
    welsh.onerror = defineAll;
    document.head.append(welsh);
  } else defineAll();
} catch {
  // Never break the host page: the elements' light-DOM fallbacks stay as they are.
}
