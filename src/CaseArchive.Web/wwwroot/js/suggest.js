// Type-ahead for search boxes marked data-suggest: fills their <datalist> with names (in any
// spelling) and courts from /api/v1/suggest; picking one opens its page (a person's, a court's).
// Without this script the search works the same.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest][list]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null;
    var last = "";
    var pages = {};
    input.addEventListener("input", function (event) {
      var q = input.value.trim();
      // A suggestion picked from the list (not typed): its page.
      if ((event.inputType === undefined || event.inputType === "insertReplacementText") && pages[input.value]) {
        window.location.assign(pages[input.value]);
        return;
      }
      if (q === last || q.length < 2) { return; }
      last = q;
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { names: [], courts: [] }; })
          .then(function (data) {
            list.replaceChildren();
            pages = {};
            data.names.concat(data.courts).forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.label;
              option.label = s.matched ? s.label + " (" + s.matched + ")" : s.label + (s.kind === "court" ? " (court)" : "");
              pages[s.label] = s.url;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a convenience: ignore failures */ });
      }, 150);
    });
  });
})();
