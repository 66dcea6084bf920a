/* The pages' small behaviours, from data attributes, so that no page needs an inline script,
 * an on* handler or a style attribute: the Content-Security-Policy allows none of them.
 *
 *   data-confirm="Xóa …?"      a button or link that asks first; "Cancel" stops it
 *   data-autosubmit            a select that sends its form when changed
 *   data-select-on-focus       an input whose text is selected when focused
 *   data-copy="id"             a button that copies the value of element #id; its text becomes
 *     data-copied="…"          this once copied
 *   data-sum                   a fieldset whose <output> shows the sum of its number inputs
 *   data-width="42.5"          an element as wide as that percent of its parent (bars);
 *   data-left="70"             one placed at that percent from the left (marks on bars)
 *
 * Everything still reads without JavaScript: a page sends its forms, and bars say their
 * figures in words too. */
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var asking = event.target.closest("[data-confirm]");
    if (asking && !window.confirm(asking.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    var copying = event.target.closest("[data-copy]");
    if (copying) {
      var source = document.getElementById(copying.getAttribute("data-copy"));
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.value).then(function () {
          copying.textContent = copying.getAttribute("data-copied") || copying.textContent;
        });
      }
    }
  }, true);

  document.addEventListener("change", function (event) {
    var select = event.target.closest("select[data-autosubmit]");
    if (select && select.form) {
      select.form.submit();
    }
  });

  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-select-on-focus]")) {
      event.target.select();
    }
  });

  document.addEventListener("input", function (event) {
    var fieldset = event.target.closest("[data-sum]");
    if (!fieldset) { return; }
    var total = 0;
    fieldset.querySelectorAll("input").forEach(function (input) {
      total += parseInt(input.value, 10) || 0;
    });
    var output = fieldset.querySelector("output");
    if (output) { output.value = total; }
  });

  function place(root) {
    root.querySelectorAll("[data-width]").forEach(function (element) {
      element.style.width = element.getAttribute("data-width") + "%";
    });
    root.querySelectorAll("[data-left]").forEach(function (element) {
      element.style.left = element.getAttribute("data-left") + "%";
    });
  }

  function ready() { place(document); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
  /* Parts of pages htmx brings in later (filtered tables, a dashboard's sections). */
  document.addEventListener("htmx:afterSettle", function (event) { place(event.target); });
})();
