// The assignment form's people chooser (see cxacademy/hr/widgets.py): search the
// server as one types, add a person with a button, remove by unticking.
(() => {
  const setUp = (root) => {
    if (root.dataset.ready) return;
    root.dataset.ready = "1";
    const search = root.querySelector(".hr-people__search");
    const results = root.querySelector("[data-hr-people-results]");
    const chosen = root.querySelector("[data-hr-people-chosen]");
    const empty = root.querySelector("[data-hr-people-empty]");
    const status = root.querySelector("[data-hr-people-status]");
    const text = root.dataset;
    let asked = 0;

    const chosenIds = () =>
      new Set([...chosen.querySelectorAll("input:checked")].map((box) => box.value));

    const line = (person) => {
      const detail = document.createElement("span");
      detail.className = "hr-people__detail";
      detail.textContent = [person.email, person.department].filter(Boolean).join(" · ");
      return detail;
    };

    const add = (person) => {
      let box = chosen.querySelector(`input[value="${person.id}"]`);
      if (!box) {
        const item = document.createElement("li");
        const label = document.createElement("label");
        box = document.createElement("input");
        box.type = "checkbox";
        box.name = text.name;
        box.value = String(person.id);
        label.append(box, ` ${person.name} `, line(person));
        item.append(label);
        chosen.append(item);
      }
      box.checked = true;
      empty.hidden = true;
      status.textContent = text.textAdded.replace("%(name)s", person.name);
    };

    const show = (people) => {
      results.replaceChildren();
      const already = chosenIds();
      people.forEach((person) => {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button button-small button-secondary";
        button.textContent = `${text.textAdd}: ${person.name}`;
        button.disabled = already.has(String(person.id));
        button.addEventListener("click", () => {
          add(person);
          button.disabled = true;
        });
        item.append(button, " ", line(person));
        results.append(item);
      });
      status.textContent = people.length
        ? text.textFound.replace("%(count)s", people.length)
        : text.textNone;
    };

    const ask = async () => {
      const query = search.value.trim();
      const mine = ++asked;
      if (query.length < 2) {
        results.replaceChildren();
        status.textContent = "";
        return;
      }
      const url = `${text.searchUrl}?q=${encodeURIComponent(query)}`;
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok || mine !== asked) return;
      show((await response.json()).results);
    };

    let timer;
    search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(ask, 250);
    });
    // Enter searches now; it must not submit the whole form.
    search.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        clearTimeout(timer);
        ask();
      }
    });
  };
  const start = () => document.querySelectorAll("[data-hr-people]").forEach(setUp);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
