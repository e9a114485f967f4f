/*
 * Counts a view of this page, and clicks on links marked data-iitk-event (template
 * downloads), as anonymous events: kind, slug and event type, nothing about the person.
 * Nothing is sent when the browser asks not to be tracked (Global Privacy Control or
 * Do Not Track). Loaded with <script src=... defer>; no inline script, no globals.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var nav = window.navigator;
  if (!script || typeof nav.sendBeacon !== "function") return;
  if (nav.globalPrivacyControl === true || nav.doNotTrack === "1" || window.doNotTrack === "1") {
    return;
  }
  var url = script.getAttribute("data-iitk-events");
  var kind = script.getAttribute("data-iitk-kind");
  var item = script.getAttribute("data-iitk-item") || "";
  if (!url || !kind) return;

  function send(type) {
    try {
      // A string body goes as text/plain: a "simple" request, no CORS preflight.
      nav.sendBeacon(url, JSON.stringify({ events: [{ type: type, kind: kind, item: item }] }));
    } catch (error) {
      // Counting must never break the page.
    }
  }

  // A page prerendered in the background is counted only if the person goes to it.
  if (document.prerendering) {
    document.addEventListener("prerenderingchange", function () { send("view"); }, { once: true });
  } else {
    send("view");
  }

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[data-iitk-event]") : null;
    if (link) send(link.getAttribute("data-iitk-event"));
  });
})();
