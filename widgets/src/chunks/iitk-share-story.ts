/** The lazy chunk of <iitk-share-story> (built to iitk-share-story.js; see src/lazy.ts). */
import { define } from "../define";
import { ShareStoryElement } from "../share";

define({ "iitk-share-story": ShareStoryElement });
