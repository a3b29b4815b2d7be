// "Copy link" buttons next to read-only fields; without JavaScript people select the text.
(function () {
  "use strict";
  document.querySelectorAll("[data-copy-button]").forEach(function (button) {
    const card = button.closest("li") || document;
    const field = card.querySelector("[data-copy-source]");
    const done = card.querySelector("[data-copy-done]");
    button.addEventListener("click", function () {
      field.select();
      (navigator.clipboard ? navigator.clipboard.writeText(field.value) : Promise.reject())
        .catch(function () { document.execCommand("copy"); })
        .finally(function () { if (done) done.hidden = false; });
    });
  });
})();
