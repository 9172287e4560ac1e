// Progressive enhancement for petitions; everything works without this file.
// - refreshes signature counters from the petition's count.json, gently (see poll());
// - adds a "copy the link" button next to the share link.
(function () {
  "use strict";

  // Polling, gently: count.json is cached for a few seconds anyway, so polls come at most
  // every MIN_SECONDS after the first one (made at once); each poll that brings nothing new (or fails) doubles the wait up to
  // MAX_SECONDS, a new figure brings it back down; a hidden tab does not poll at all and
  // catches up once it is shown again.
  var MIN_SECONDS = 5;
  var MAX_SECONDS = 120;

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

  // Shows `data` in `counter` when it is news; returns whether the figure went up.
  function show(counter, data) {
    if (!data || typeof data.count !== "number") { return false; }
    // Never go backwards: a browser or CDN may hold a count.json older than the page (just
    // after signing, the page already includes the new signature).
    var shown = parseInt(counter.getAttribute("data-count-value"), 10) || 0;
    if (data.count <= shown) { return false; }
    counter.setAttribute("data-count-value", String(data.count));
    var count = counter.querySelector("[data-count]");
    if (count) { count.textContent = formatCount(data.count, counter); }
    // The words come with the figures, in the page's language and agreeing with them
    // (Russian 422 «подписи» but 425 «подписей»): count.json's `label` and `goal_text`.
    var label = counter.querySelector("[data-count-label]");
    if (label && data.label) { label.textContent = data.label; }
    var goal = counter.querySelector("[data-goal-text]");
    if (goal && data.goal_text) { goal.textContent = data.goal_text; }
    var bar = counter.querySelector("[data-progress]");
    if (bar) {
      bar.max = data.next_goal;
      bar.value = Math.min(data.count, data.next_goal);
      bar.textContent = data.progress + "%";
    }
    return true;
  }

  // One poller per count.json URL: a page with the same petition twice asks once.
  function poll(url, counters) {
    var delay = MIN_SECONDS;
    var timer = null;
    var busy = false;

    function schedule() {
      window.clearTimeout(timer);
      timer = document.hidden ? null : window.setTimeout(tick, delay * 1000);
    }

    function tick() {
      timer = null;
      if (document.hidden || busy) { return; }
      busy = true;
      fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .catch(function () { return null; /* keep the figure from the page */ })
        .then(function (data) {
          var changed = false;
          counters.forEach(function (counter) { changed = show(counter, data) || changed; });
          delay = changed ? MIN_SECONDS : Math.min(delay * 2, MAX_SECONDS);
          busy = false;
          schedule();
        });
    }

    document.addEventListener("visibilitychange", function () {
      if (document.hidden) {
        window.clearTimeout(timer);
        timer = null;
      } else if (!busy) {
        // Back in view: catch up at once, then poll lively again.
        delay = MIN_SECONDS;
        tick();
      }
    });
    // At once: the page may come from a cache and be older than count.json.
    if (!document.hidden) { tick(); }
  }

  if (window.fetch) {
    var byUrl = {};
    document.querySelectorAll("[data-count-url]").forEach(function (counter) {
      var url = counter.getAttribute("data-count-url");
      if (!url) { return; }
      (byUrl[url] = byUrl[url] || []).push(counter);
    });
    Object.keys(byUrl).forEach(function (url) { poll(url, byUrl[url]); });
  }

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
