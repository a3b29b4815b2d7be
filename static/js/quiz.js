// Quiz attempts: save answers in the background when they change, so a closed
// tab or a dropped connection loses little. The server holds the attempt and a
// sequence number; each save returns the next number.
(function () {
  "use strict";
  const form = document.querySelector("form.quiz-form");
  if (!form) return;
  const sequence = form.querySelector("input[name=sequence]");
  let timer = null;
  let busy = false;
  function save() {
    if (busy) { timer = setTimeout(save, 500); return; }
    busy = true;
    fetch(form.dataset.saveUrl, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "XMLHttpRequest" },
      credentials: "same-origin",
    })
      .then(function (response) { return response.json().then(function (data) { return [response.status, data]; }); })
      .then(function (result) {
        const status = result[0], data = result[1];
        if (status === 200 && data.sequence !== undefined) sequence.value = data.sequence;
        else if (status === 409) window.location.reload();  // out of date or time up: the server decides
      })
      .catch(function () {})
      .finally(function () { busy = false; });
  }
  form.addEventListener("change", function () {
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  });
})();
