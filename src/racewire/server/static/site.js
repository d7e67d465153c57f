// racewire pages: render each chart from its embedded Vega-Lite spec, and let a tap show a sentence's evidence.
(function () {
  "use strict";
  document.querySelectorAll("[data-spec]").forEach(function (el) {
    var spec = JSON.parse(document.getElementById(el.dataset.spec).textContent);
    vegaEmbed(el, spec, { actions: false, renderer: "svg" })
      .then(function () { el.dataset.rendered = "1"; })
      .catch(function (err) { el.dataset.rendered = "error"; el.textContent = "Chart unavailable: " + err; });
  });
  document.querySelectorAll(".sentence, mark.claim").forEach(function (s) {
    s.addEventListener("click", function () {
      document.querySelectorAll(".sentence.open, mark.claim.open").forEach(function (o) { if (o !== s) o.classList.remove("open"); });
      s.classList.toggle("open");
    });
  });
})();
