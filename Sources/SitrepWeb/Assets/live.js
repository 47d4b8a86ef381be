// Sitrep live updates: new, edited and deleted updates arrive over Server-Sent Events.
// New updates wait behind a "N new updates" bar so text never moves under the reader's eyes.
(function () {
  "use strict";
  var story = document.getElementById("story");
  if (!story || story.getAttribute("data-live") !== "true" || !window.EventSource) return;

  var liveURL = story.getAttribute("data-live-url");
  var lastSequence = parseInt(story.getAttribute("data-last-sequence") || "0", 10);
  var list = document.getElementById("updates");
  var bar = document.getElementById("live-bar");
  var button = bar.querySelector("button");
  var baseTitle = document.title;
  var pending = [];
  var source = null;
  var backoff = 1000;

  function fromHTML(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function refreshBar() {
    var count = pending.length;
    if (count === 0) {
      bar.hidden = true;
      document.title = baseTitle;
      return;
    }
    button.textContent = count === 1 ? "1 new update" : count + " new updates";
    bar.hidden = false;
    document.title = "(" + count + ") " + baseTitle;
  }

  function showPending() {
    var first = null;
    // pending is oldest first; insert each at the top so the newest ends up first.
    pending.forEach(function (item) {
      list.insertBefore(item.element, list.firstElementChild);
      first = item.element;
    });
    pending = [];
    refreshBar();
    if (first) first.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  function findPending(id) {
    for (var i = 0; i < pending.length; i++) if (pending[i].id === id) return i;
    return -1;
  }

  function handle(kind, event) {
    var sequence = parseInt(event.lastEventId, 10);
    if (!isNaN(sequence)) {
      if (sequence <= lastSequence) return; // already shown
      lastSequence = sequence;
    }
    var payload = JSON.parse(event.data);
    var id = "update-" + payload.update.id;
    var existing = document.getElementById(id);
    var index = findPending(id);
    if (kind === "update") {
      if (existing || index >= 0) return;
      if (payload.update.kind === "section") return; // sections belong to the day's page, shown on reload
      pending.push({ id: id, element: fromHTML(payload.html) });
    } else if (kind === "edit") {
      var fresh = fromHTML(payload.html);
      if (existing) existing.replaceWith(fresh);
      else if (index >= 0) pending[index].element = fresh;
    } else if (kind === "delete") {
      if (existing) existing.remove();
      if (index >= 0) pending.splice(index, 1);
    }
    refreshBar();
  }

  function connect() {
    source = new EventSource(liveURL + "?last_event_id=" + lastSequence);
    source.addEventListener("open", function () { backoff = 1000; });
    ["update", "edit", "delete"].forEach(function (kind) {
      source.addEventListener(kind, function (event) { handle(kind, event); });
    });
    source.addEventListener("error", function () {
      // The browser retries by itself while the stream is CONNECTING; when it gives up
      // (CLOSED), reconnect ourselves from the last sequence we showed.
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 30000);
      }
    });
  }

  button.addEventListener("click", showPending);
  window.sitrepLive = {
    reconnect: function () { if (source) source.close(); connect(); },
    disconnect: function () { if (source) source.close(); source = null; },
    lastSequence: function () { return lastSequence; },
    pending: function () { return pending.length; },
    showPending: showPending
  };
  connect();
})();
