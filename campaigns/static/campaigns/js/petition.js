// Progressive enhancement for petitions; everything works without this file.
// - refreshes signature counters from the petition's count.json;
// - adds a "copy the link" button next to the share link.
(function () {
  "use strict";

  var REFRESH_SECONDS = 30;

  // Write a number as the server does (campaigns/numbers.py): the separator, group size and
  // digits of the page's language come from data attributes.
  function formatCount(value, element) {
    var separator = element.getAttribute("data-separator") || "";
    var grouping = parseInt(element.getAttribute("data-grouping"), 10) || 3;
    var digits = element.getAttribute("data-digits") || "";
    var text = String(Math.abs(Math.round(value)));
    var groups = [];
    while (text.length > grouping) {
      groups.unshift(text.slice(-grouping));
      text = text.slice(0, -grouping);
    }
    groups.unshift(text);
    var result = groups.join(separator);
    if (digits.length === 10) {
      result = result.replace(/[0-9]/g, function (d) { return digits.charAt(+d); });
    }
    return (value < 0 ? "-" : "") + result;
  }

  function refresh(counter) {
    var url = counter.getAttribute("data-count-url");
    if (!url || !window.fetch) { return; }
    fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || typeof data.count !== "number") { return; }
        // Never go backwards: a browser or CDN may hold a count.json older than the page (just
        // after signing, the page already includes the new signature).
        var shown = parseInt(counter.getAttribute("data-count-value"), 10) || 0;
        if (data.count <= shown) { return; }
        counter.setAttribute("data-count-value", String(data.count));
        var count = counter.querySelector("[data-count]");
        if (count) { count.textContent = formatCount(data.count, counter); }
        var goal = counter.querySelector("[data-next-goal]");
        if (goal) { goal.textContent = formatCount(data.next_goal, counter); }
        var bar = counter.querySelector("[data-progress]");
        if (bar) {
          bar.max = data.next_goal;
          bar.value = Math.min(data.count, data.next_goal);
          bar.textContent = data.progress + "%";
        }
      })
      .catch(function () { /* keep the figure from the page */ });
  }

  var counters = document.querySelectorAll("[data-count-url]");
  counters.forEach(function (counter) {
    refresh(counter);
    window.setInterval(function () {
      if (!document.hidden) { refresh(counter); }
    }, REFRESH_SECONDS * 1000);
  });

  // Copy link: a button beside the read-only field that holds the petition's address.
  document.querySelectorAll("[data-copy-link]").forEach(function (box) {
    var input = box.querySelector("input");
    if (!input || !navigator.clipboard) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button share__copy-button";
    button.textContent = box.getAttribute("data-copy-label");
    var status = document.createElement("span");
    status.className = "share__copy-status";
    status.setAttribute("role", "status");
    box.appendChild(button);
    box.appendChild(status);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        status.textContent = box.getAttribute("data-copied-label");
      }, function () {
        input.select();
      });
    });
  });
})();
