// Lessons that complete "when the learner reaches the end": once the end of the
// lesson has been on screen, post the same form the button would. Without
// JavaScript the button does the job.
(function () {
  "use strict";
  const form = document.querySelector("form[data-complete-on-view]");
  if (!form || !("IntersectionObserver" in window)) return;
  let sent = false;
  const observer = new IntersectionObserver(function (entries) {
    if (sent || !entries.some(function (entry) { return entry.isIntersecting; })) return;
    sent = true;
    observer.disconnect();
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "XMLHttpRequest" },
      credentials: "same-origin",
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.done) { sent = false; return; }
        const note = document.createElement("p");
        note.className = "message message--success";
        note.setAttribute("role", "status");
        note.textContent = form.dataset.doneMessage || "✓";
        form.replaceWith(note);
        document.querySelectorAll(".lesson-side progress").forEach(function (bar, index) {
          if (index === 0) {
            bar.value = data.percent;
            const label = bar.parentElement.querySelector(".progress__value");
            if (label) label.textContent = data.percent + "%";
          }
        });
      })
      .catch(function () { sent = false; });
  }, { threshold: 1.0 });
  observer.observe(document.getElementById("lesson-end"));
})();
