// Quiz attempts: save answers in the background when they change, so a closed
// tab or a dropped connection loses little. The server holds the attempt and a
// sequence number; each save returns the next number, and the final submit waits
// for a save still on its way so it carries the current number.
(function () {
  "use strict";
  const form = document.querySelector("form.quiz-form");
  if (!form) return;
  const sequence = form.querySelector("input[name=sequence]");
  const status = form.querySelector("[data-save-status]");
  let timer = null;
  let pending = null;

  function save() {
    timer = null;
    if (pending) { pending.then(save); return; }
    pending = fetch(form.dataset.saveUrl, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "XMLHttpRequest" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) { return [response.status, data]; });
      })
      .then(function (result) {
        if (result[0] === 200 && result[1].sequence !== undefined) {
          sequence.value = result[1].sequence;
          if (status) status.textContent = status.dataset.savedText;
        } else if (result[0] === 409) {
          window.location.reload(); // out of date or time up: the server decides
        }
      })
      .catch(function () {})
      .finally(function () { pending = null; });
  }

  form.addEventListener("change", function () {
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  });

  form.addEventListener("submit", function (event) {
    if (event.submitter && event.submitter.hasAttribute("formaction")) return; // plain save
    clearTimeout(timer);
    if (timer === null && !pending) return;
    // Let the last background save finish first, then submit with its sequence number.
    event.preventDefault();
    timer = null;
    const waitFor = pending || Promise.resolve();
    waitFor.then(function () { form.submit(); });
  });
})();
