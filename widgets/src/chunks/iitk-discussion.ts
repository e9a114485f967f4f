/** The lazy chunk of <iitk-discussion> (built to iitk-discussion.js; see src/lazy.ts). */
import { define } from "../define";
import { DiscussionElement } from "../discussion";

define({ "iitk-discussion": DiscussionElement });
