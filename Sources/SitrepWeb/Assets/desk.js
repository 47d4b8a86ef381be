// The desk's small helpers. Every page works without this script; it adds confirmations for
// destructive actions, keyboard shortcuts, the live review queue and name suggestions.
(function () {
  "use strict";

  // Destructive forms ask first.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  });

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function follow(rel) {
    var link = document.querySelector("a[rel=" + rel + "]");
    if (link) window.location.href = link.href;
  }

  // Keyboard shortcuts: queue (j / k / Enter) and incident page (a, r, c, n, p, q).
  var rows = Array.prototype.slice.call(document.querySelectorAll("#queue tbody tr"));
  var current = -1;
  function select(i) {
    if (!rows.length) return;
    if (current >= 0) rows[current].classList.remove("selected");
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows[current].classList.add("selected");
    rows[current].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key;
    if (rows.length) {
      if (key === "j") { select(current + 1); event.preventDefault(); }
      else if (key === "k") { select(current - 1); event.preventDefault(); }
      else if (key === "Enter" && current >= 0) { window.location.href = rows[current].getAttribute("data-href"); }
      return;
    }
    if (key === "a") {
      var accept = document.getElementById("accept-form");
      if (accept) { event.preventDefault(); accept.requestSubmit ? accept.requestSubmit() : accept.submit(); }
    } else if (key === "r") {
      var reason = document.getElementById("reject-reason");
      if (reason) { event.preventDefault(); reason.focus(); }
    } else if (key === "c") {
      var first = document.querySelector("#correct-form input[name^=f_]");
      if (first) { event.preventDefault(); first.focus(); }
    } else if (key === "n") { follow("next"); }
    else if (key === "p") { follow("prev"); }
    else if (key === "q") { window.location.href = "/desk/review"; }
  });

  // The live queue: new or changed incidents show a bar that reloads the queue.
  var note = document.getElementById("queue-live");
  if (note && window.EventSource) {
    var source = new EventSource(note.getAttribute("data-stream"));
    source.addEventListener("incidents", function () { note.hidden = false; });
  }

  // Suggestions for place and actor fields; picking a place fills its province, country and
  // coordinates too.
  var timers = {};
  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var found = {};
    input.addEventListener("input", function () {
      var value = input.value;
      var pick = found[value];
      if (pick) {
        Object.keys(pick.fields).forEach(function (name) {
          var field = document.getElementById("f-" + name);
          if (field) field.value = pick.fields[name];
        });
        return;
      }
      clearTimeout(timers[input.id]);
      if (value.length < 2) return;
      timers[input.id] = setTimeout(function () {
        var url = "/desk/suggest?kind=" + encodeURIComponent(input.getAttribute("data-suggest")) + "&q=" + encodeURIComponent(value);
        fetch(url, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : []; }).then(function (items) {
          found = {};
          while (list.firstChild) list.removeChild(list.firstChild);
          items.forEach(function (item) {
            found[item.label] = item;
            var option = document.createElement("option");
            option.value = item.label;
            list.appendChild(option);
          });
        });
      }, 150);
    });
  });
})();
