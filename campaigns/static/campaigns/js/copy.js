// Copy buttons: shown only when the script runs and the browser can copy (progressive
// enhancement: without it, readers select the text as usual).
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) return;
    var status = button.closest("section").querySelector("[role=status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.innerText.trim()).then(function () {
        if (status) status.textContent = button.getAttribute("data-copied");
      });
    });
  });
})();
