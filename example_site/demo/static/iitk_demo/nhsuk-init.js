// Starts the NHS.UK frontend's components (the header's menu, the error summary) on the
// example site. A module, so it runs once the page is parsed; no inline script is needed.
import { initAll } from "./nhsuk/nhsuk-frontend.min.js";

document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();
