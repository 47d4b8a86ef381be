// Sitrep explorer (/events, /map): live mode. With JavaScript, incidents that are published or
// change while the page is open are announced in a bar; following it reloads the same view (the
// same filters), so the table, the map and the charts stay one picture. Without JavaScript the
// page is complete; only the announcement is missing.
(function () {
  "use strict";
  var bar = document.getElementById("explorer-live");
  if (!bar || !window.EventSource) return;
  var count = bar.querySelector("[data-count]");
  var seen = {};
  var total = 0;
  var source = new EventSource(bar.getAttribute("data-stream"));
  source.addEventListener("incidents", function (event) {
    var ids;
    try { ids = JSON.parse(event.data); } catch (e) { return; }
    if (!Array.isArray(ids)) return;
    ids.forEach(function (id) {
      if (typeof id === "string" && !seen[id]) { seen[id] = true; total += 1; }
    });
    if (total === 0) return;
    if (count) count.textContent = String(total);
    bar.hidden = false;
    bar.setAttribute("data-changed", String(total));
  });
  // the page may be cached for a few seconds: following the link reloads it from the server
  var link = bar.querySelector("a");
  if (link) link.addEventListener("click", function (event) { event.preventDefault(); window.location.reload(); });
  window.addEventListener("pagehide", function () { source.close(); });
})();
