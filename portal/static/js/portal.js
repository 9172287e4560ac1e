// Progressive enhancement only: everything works without this file.
(function () {
  "use strict";
  // Close the language switcher with Escape and return focus to its toggle.
  document.querySelectorAll(".language-switcher details").forEach(function (details) {
    details.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary").focus();
      }
    });
  });
})();
