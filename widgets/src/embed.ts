/**
 * iitk-embed.js: for HOST pages that show toolkit embeds in iframes. Keeps each embed's
 * height right from the resize messages its page sends (see resize.ts).
 */
import { onMessage } from "./resize";

addEventListener("message", onMessage);
