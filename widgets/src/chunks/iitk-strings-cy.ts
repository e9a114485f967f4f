/** The Welsh strings chunk (built to iitk-strings-cy.js; loaded by src/lang.ts). */
import { addStrings } from "../lang";
import { CY } from "../strings-cy";

addStrings("cy", CY);
