/* Metric lab: new exercises and answers without reloading the lesson.

   Progressive enhancement: without this script the forms post normally and the
   server redirects back to the block. With it, the server answers with the
   block's new HTML (rendered and escaped by the server's template, the same one
   the lesson uses), which replaces the block; the focus then moves to what
   changed, so keyboard and screen-reader users land on the new figures, the
   verdict or the message about their answer. */
(function () {
  "use strict";

  // The block's template includes this script once per metric lab on the page.
  if (window.cxaMetricLab) return;
  window.cxaMetricLab = true;

  function showError(lab, form) {
    let status = form.querySelector(".metric-lab__status");
    if (!status) {
      status = document.createElement("div");
      status.className = "metric-lab__status";
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      form.append(status);
    }
    const message = document.createElement("p");
    message.className = "metric-lab__error";
    message.textContent = lab.dataset.errorMessage || "";
    status.replaceChildren(message);
  }

  function swap(lab, html, focus) {
    const template = document.createElement("template");
    template.innerHTML = html;
    const fresh = template.content.querySelector("[data-metric-lab]");
    if (!fresh) return false;
    lab.replaceWith(fresh);
    const target = focus && fresh.querySelector('[data-metric-lab-part="' + focus + '"]');
    if (target) {
      target.focus();
      if (typeof target.scrollIntoView === "function") target.scrollIntoView({ block: "nearest" });
    }
    return true;
  }

  async function send(form) {
    const lab = form.closest("[data-metric-lab]");
    const button = form.querySelector('[type="submit"]');
    if (button) button.disabled = true;
    form.setAttribute("aria-busy", "true");
    let response;
    try {
      response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" },
        credentials: "same-origin",
      });
    } catch (networkError) {
      // Offline: keep the learner's typing and say so.
      if (button) button.disabled = false;
      form.removeAttribute("aria-busy");
      showError(lab, form);
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.indexOf("application/json") !== -1) {
      const data = await response.json();
      if (data.html && swap(lab, data.html, data.focus)) return;
    }
    // Anything else (the session expired, a server error): post for real, so the
    // learner sees what the server says.
    form.submit();
  }

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("[data-metric-lab-form]")) return;
    if (!form.getAttribute("action")) return; // a preview: nothing to send
    event.preventDefault();
    send(form);
  });
})();
