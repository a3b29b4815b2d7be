// The column chooser returns to the report with the filters shown now: Wagtail
// changes the filters (and the address) without reloading the page.
document.addEventListener("submit", (event) => {
  const query = event.target.querySelector("[data-hr-columns-query]");
  if (query) query.value = window.location.search.replace(/^\?/, "");
});
