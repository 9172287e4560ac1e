// Title suggestions for search boxes: progressive enhancement of any
// <input data-autocomplete-url="..."> inside a form. Without this script the form still searches.
// ARIA 1.2 combobox pattern: the input owns a listbox of links; arrows move the active option,
// Enter opens it, Escape closes the list; a polite live region says how many suggestions there are.
(function () {
  "use strict";

  // "N suggestions", agreeing with N: the page sends one message per plural category of its
  // language (JSON, portal_tags.suggestion_messages) and the browser's Intl.PluralRules picks.
  function countMessage(raw, count) {
    var text = raw || "%(count)s";
    var forms = null;
    try { forms = JSON.parse(text); } catch (error) { forms = null; }
    if (forms && typeof forms === "object") {
      var category = "other";
      if (window.Intl && Intl.PluralRules) {
        category = new Intl.PluralRules(document.documentElement.lang || undefined).select(count);
      }
      text = forms[category] || forms.other || forms[Object.keys(forms)[0]] || "";
    }
    return text.replace("%(count)s", count);
  }

  var DELAY = 150;
  var counter = 0;

  function minimumLength(value) {
    // One CJK character is a word; elsewhere wait for two letters.
    return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(value) ? 1 : 2;
  }

  function enhance(input) {
    counter += 1;
    var listId = "search-suggestions-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var timer = null;
    var controller = null;
    var active = -1;
    var items = [];

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function setActive(index) {
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(results) {
      close();
      results.forEach(function (result, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = "search-suggestions__option";
        var link = document.createElement("a");
        link.href = result.url;
        link.tabIndex = -1;
        link.textContent = result.title;
        option.appendChild(link);
        if (result.type) {
          var type = document.createElement("span");
          type.className = "search-suggestions__type";
          type.textContent = result.type;
          option.appendChild(type);
        }
        option.addEventListener("mousedown", function (event) {
          // Keep focus in the input until the link is followed.
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          window.location.href = result.url;
        });
        list.appendChild(option);
        items.push(option);
      });
      var message = results.length
        ? countMessage(input.dataset.msgResults, results.length)
        : input.dataset.msgNone || "";
      status.textContent = message;
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < minimumLength(value)) {
        close();
        status.textContent = "";
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = "AbortController" in window ? new AbortController() : null;
      var url = input.dataset.autocompleteUrl;
      url += (url.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(value);
      fetch(url, {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === value) {
            show(data.results || []);
          }
        })
        .catch(function () {
          // Aborted or offline: the form still works.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden || !items.length) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        setActive(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        setActive(active - 1 < 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  document.querySelectorAll("input[data-autocomplete-url]").forEach(enhance);
})();
