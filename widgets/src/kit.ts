/**
 * What the core lends its lazy chunks: these values, by name. A chunk imports them from
 * their modules as usual; build.mjs rewrites those imports to read the kit the core put
 * on the chunk's script element, so a chunk carries only its own code and shares the
 * core's state (configuration, stylesheet, batched beacons). A chunk that imports a
 * name missing here fails to build ("No matching export"): add the name here.
 */
import { apiUrl, getJSON, request, safeUrl } from "./api";
import { adopt, Base, newId } from "./base";
import { track, tracked } from "./beacons";
import { cfg } from "./config";
import { define } from "./define";
import { h, homeLink, items, strings, text, toolCards } from "./dom";
import { addStrings } from "./lang";
import { fill, pick } from "./strings";

/** The kit, made when a chunk is requested (so `cfg` is the configuration in force). */
export const kit = () => ({
  apiUrl,
  getJSON,
  request,
  safeUrl,
  adopt,
  Base,
  newId,
  track,
  tracked,
  cfg,
  define,
  h,
  homeLink,
  items,
  strings,
  text,
  toolCards,
  addStrings,
  fill,
  pick,
});
