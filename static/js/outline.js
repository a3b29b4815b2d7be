// Course outlines fold by module on small screens, so a phone sees progress and the
// next step without scrolling past every item; the module with the next step (or
// the page shown) comes unfolded from the server. Wide screens have room for all:
// every module is unfolded there. A link to a module (#module-…) unfolds it.
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 56rem)");
  var folds = document.querySelectorAll("details[data-outline-module]");

  function unfoldAllWhenWide() {
    if (narrow.matches) return;
    folds.forEach(function (fold) { fold.open = true; });
  }

  function unfoldTarget() {
    if (!location.hash) return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var fold = target && target.querySelector("details[data-outline-module]");
    if (fold) fold.open = true;
  }

  unfoldAllWhenWide();
  unfoldTarget();
  narrow.addEventListener("change", unfoldAllWhenWide);
  window.addEventListener("hashchange", unfoldTarget);
})();
