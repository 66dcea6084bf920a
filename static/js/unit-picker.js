/* The unit picker (units/picker.py): a search box asks the server for units as one types
 * and htmx puts them in the "found" group of the picker. Before new results replace old
 * ones, what was chosen among the old ones moves to the "chosen" group, so a second search
 * never loses the first choice. Groups are hidden while empty.
 *
 * Without JavaScript the "Tìm" button sends the form back and the server lists the units
 * found; nothing here is needed for that. */
(function () {
  "use strict";

  function group(picker, role) {
    return picker.querySelector("[data-unit-group='" + role + "']");
  }

  function keepChosen(found) {
    var picker = found.closest("[data-unit-picker]");
    var chosen = picker && group(picker, "chosen");
    if (!chosen) { return; }
    var into = chosen.tagName === "OPTGROUP" ? chosen : chosen.querySelector("div");
    found.querySelectorAll("option:checked, input:checked").forEach(function (item) {
      if (!item.value) { return; }
      into.appendChild(item.tagName === "OPTION" ? item : item.closest("label"));
      chosen.hidden = false;
    });
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (target && target.closest && target.closest("[data-unit-group='found']")) {
      keepChosen(target);
    }
  });

  /* With JavaScript the search runs as one types: the "Tìm" button, which sends the whole
   * form back, goes, and Enter in the search box searches instead of sending the form. */
  function enhance(root) {
    root.querySelectorAll("[data-unit-picker] [data-unit-search-button]").forEach(
      function (button) { button.remove(); });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches &&
        event.target.matches("[data-unit-picker] input[type='search']")) {
      event.preventDefault();
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  } else {
    enhance(document);
  }
  document.addEventListener("htmx:load", function (event) { enhance(event.target); });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    var found = target && target.closest && target.closest("[data-unit-group='found']");
    if (found) {
      found.hidden = !target.children.length;
    }
  });
})();
