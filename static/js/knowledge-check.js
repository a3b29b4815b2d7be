/* Knowledge checks answer in place, without reloading the lesson.

   Progressive enhancement: without this script the form posts normally and the
   server redirects back to the lesson. The server decides what is correct and
   sends feedback HTML it has already sanitised, so inserting it is safe. */
(function () {
  "use strict";

  function paragraph(className, text) {
    const element = document.createElement("p");
    element.className = className;
    element.textContent = text;
    return element;
  }

  function showResult(form, result) {
    const feedback = form.querySelector(".knowledge-check__feedback");
    form.classList.toggle("knowledge-check--correct", result.correct === true);
    form.classList.toggle("knowledge-check--incorrect", result.correct !== true);
    feedback.replaceChildren(paragraph("knowledge-check__message", result.message || ""));
    if (result.feedback) {
      const body = document.createElement("div");
      body.className = "knowledge-check__explanation";
      body.innerHTML = result.feedback;
      feedback.append(body);
    }
  }

  function showError(form) {
    const feedback = form.querySelector(".knowledge-check__feedback");
    form.classList.remove("knowledge-check--correct", "knowledge-check--incorrect");
    feedback.replaceChildren(
      paragraph("knowledge-check__message knowledge-check__message--error", form.dataset.errorMessage)
    );
  }

  async function check(form) {
    const button = form.querySelector('[type="submit"]');
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    try {
      let response;
      try {
        response = await fetch(form.action, {
          method: "POST",
          body: new FormData(form),
          headers: { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" },
          credentials: "same-origin",
        });
      } catch (networkError) {
        showError(form); // offline: keep the learner on the page
        return;
      }
      const type = response.headers.get("Content-Type") || "";
      if (!response.ok || type.indexOf("application/json") === -1) {
        // e.g. the session expired and we were sent to the sign-in page: let the
        // browser post for real, so the learner sees what the server says.
        form.submit();
        return;
      }
      showResult(form, await response.json());
    } finally {
      button.disabled = false;
      form.removeAttribute("aria-busy");
    }
  }

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("[data-knowledge-check]")) return;
    if (!form.getAttribute("action")) return;
    event.preventDefault();
    check(form);
  });
})();
