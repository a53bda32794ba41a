// Copy buttons for texts marked data-copy="ID": shown only when this script runs; without it the
// texts are still there to select and copy by hand. The status's words come from the page, in its language.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.dataset.copy);
    if (!target || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var status = document.querySelector(".copy-status");
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        if (status) { status.textContent = status.dataset.copied; }
      }, function () {
        if (status) { status.textContent = status.dataset.failed; }
      });
    });
  });
})();
