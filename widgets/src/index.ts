/**
 * iitk-widgets.js: the toolkit's embeddable widgets. One classic script tag configures
 * them (data-iitk-api, data-iitk-partner, data-iitk-theme, data-iitk-strings); the
 * bundle is an IIFE and adds no globals beyond the custom elements.
 */
import { configure, ownScript, readConfig } from "./config";
import { defineAll } from "./elements";
import { watchLazy } from "./lazy";

try {
  const script = ownScript();
  configure(readConfig(script));
  // First: the elements defined next may load a strings chunk, with the nonce.
  watchLazy(script && script.nonce);
  defineAll();
} catch {
  // Never break the host page: the elements' light-DOM fallbacks stay as they are.
}
