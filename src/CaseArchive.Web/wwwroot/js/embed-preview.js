// A preview of the embed: reads the same timeline.json the TimelineJS snippet reads (redacted like every
// public answer) and lists its slides in the page. Every text is written as text, never as markup.
(function () {
  "use strict";
  document.querySelectorAll("figure[data-timeline]").forEach(function (figure) {
    var list = figure.querySelector("ol");
    function text(html) { return new DOMParser().parseFromString(html || "", "text/html").body.textContent.trim(); }
    function when(d) { return d ? [d.year, d.month, d.day].filter(function (x) { return x; }).join("-") : ""; }
    fetch(figure.dataset.timeline, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (timeline) {
        if (!timeline || !list) { return; }
        var slides = [timeline.title].concat(timeline.events || []);
        slides.forEach(function (slide) {
          if (!slide || !slide.text) { return; }
          var item = document.createElement("li");
          var date = document.createElement("span");
          date.className = "when";
          date.textContent = when(slide.start_date);
          var headline = document.createElement("strong");
          headline.textContent = text(slide.text.headline);
          var body = document.createElement("p");
          body.textContent = text(slide.text.text);
          item.append(date, " ", headline, body);
          list.appendChild(item);
        });
        figure.hidden = false;
      })
      .catch(function () { /* the preview is a convenience: the snippet is there without it */ });
  });
})();
