/** The lazy chunk of <iitk-events> (built to iitk-events.js; see src/lazy.ts). */
import { define } from "../define";
import { EventsElement } from "../events";

define({ "iitk-events": EventsElement });
