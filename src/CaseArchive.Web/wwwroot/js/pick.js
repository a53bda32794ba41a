// Type-ahead for the editors' record pickers (input[data-pick]): fills their <datalist> with at most
// ten records from /editor/suggest/{kind}; the browser's list is chosen with the keyboard or the mouse.
// Without this script the field is a plain one: the whole name, or "Name (#12)", is resolved on save.
(function () {
  "use strict";
  document.querySelectorAll("input[data-pick][list]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (q === last || q.length < 2 || /\(#\d+\)$/.test(q)) { return; }
      last = q;
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch("/editor/suggest/" + input.dataset.pick + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" }, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            list.replaceChildren();
            suggestions.forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.label;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a convenience: ignore failures */ });
      }, 150);
    });
  });
})();

// A create form's one-time token (input[name=FormToken]) written again by script: the browser then keeps
// it with the page's history, so Back and send again sends the same token (and makes no second record)
// even though the page, never cached, is fetched anew with a new one.
(function () {
  "use strict";
  document.querySelectorAll("input[type=hidden][name=FormToken]").forEach(function (input) {
    var token = input.value;
    input.value = "";
    input.value = token;
  });
})();

// Deleting and removing ask first (buttons of class "danger"): a slip of the mouse costs nothing.
document.addEventListener("click", function (event) {
  "use strict";
  var button = event.target.closest && event.target.closest("button.danger");
  if (button && !window.confirm(button.dataset.confirm || (button.textContent.trim() + "? The history keeps it, and it can be restored from there."))) {
    event.preventDefault();
  }
});
