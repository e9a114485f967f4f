/** The lazy chunk of <iitk-question-explorer> (built to iitk-question-explorer.js; see src/lazy.ts). */
import { define } from "../define";
import { QuestionExplorerElement } from "../explorer";

define({ "iitk-question-explorer": QuestionExplorerElement });
