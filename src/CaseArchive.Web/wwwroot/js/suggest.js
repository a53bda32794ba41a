// Type-ahead for search boxes marked data-suggest: fills their <datalist> with names (in any
// spelling) and courts from /api/v1/suggest. Without this script the search works the same.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest][list]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (q === last || q.length < 2) { return; }
      last = q;
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { names: [], courts: [] }; })
          .then(function (data) {
            list.replaceChildren();
            data.names.concat(data.courts).forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.label;
              option.label = s.matched ? s.label + " (" + s.matched + ")" : s.label + (s.kind === "court" ? " (court)" : "");
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a convenience: ignore failures */ });
      }, 150);
    });
  });
})();
