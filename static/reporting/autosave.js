/* Keeps the text of a report's parts on this computer until the server has it.
 *
 * Each part (textarea[data-autosave]) is saved by htmx as the writer types. What is typed
 * is also put in localStorage under the part and the version it was written on, so a lost
 * connection or a closed tab loses nothing: on the next load the text comes back, with a
 * note, and it is sent again when the connection returns. No library beyond htmx. */
(function () {
  "use strict";

  var PREFIX = "kehoach:section:";
  var store = (function () {
    try { return window.localStorage; } catch (e) { return null; }
  })();

  /* The page's words, translated by the template: data-msg-* on the form of the parts. */
  function text(name) {
    var form = document.getElementById("report-sections");
    return (form && form.getAttribute("data-msg-" + name)) || "";
  }

  function key(pk, version) { return PREFIX + pk + ":" + version; }

  function versionOf(textarea) {
    var input = document.getElementById("version-" + textarea.dataset.section);
    return input ? input.value : textarea.dataset.version;
  }

  /* The stored drafts of a part: [{key, version, text}], oldest version first. */
  function drafts(pk) {
    var found = [];
    if (!store) { return found; }
    for (var i = 0; i < store.length; i++) {
      var name = store.key(i);
      if (name && name.indexOf(PREFIX + pk + ":") === 0) {
        found.push({key: name, version: Number(name.split(":").pop()), text: store.getItem(name)});
      }
    }
    return found.sort(function (a, b) { return a.version - b.version; });
  }

  function remember(textarea) {
    if (!store) { return; }
    try {
      store.setItem(key(textarea.dataset.section, versionOf(textarea)), textarea.value);
    } catch (e) { /* storage full or refused: the server copy is all there is */ }
  }

  function forget(pk) {
    drafts(pk).forEach(function (draft) { store.removeItem(draft.key); });
  }

  function same(a, b) { return (a || "").trim() === (b || "").trim(); }

  function note(textarea, text) {
    var box = document.createElement("div");
    box.className = "notice restored";
    box.setAttribute("role", "status");
    box.textContent = text;
    textarea.parentNode.insertBefore(box, textarea);
    return box;
  }

  function retry(textarea) {
    window.setTimeout(function () { htmx.trigger(textarea, "kehoach:retry"); }, 0);
  }

  /* A draft of the version shown is put back and saved; one written on an older version
   * (someone saved the part since) is offered, never put back silently. */
  function restore(textarea) {
    var pk = textarea.dataset.section;
    var version = Number(versionOf(textarea));
    drafts(pk).forEach(function (draft) {
      if (same(draft.text, textarea.value)) {
        store.removeItem(draft.key);
      } else if (draft.version === version) {
        textarea.value = draft.text;
        note(textarea, text("restored"));
        retry(textarea);
      } else if (draft.version < version) {
        offer(textarea, draft);
      }
    });
  }

  function offer(textarea, draft) {
    var box = note(textarea, text("older"));
    var details = document.createElement("details");
    var summary = document.createElement("summary");
    summary.textContent = text("show");
    var quoted = document.createElement("div");
    quoted.className = "quoted";
    quoted.style.whiteSpace = "pre-wrap";
    quoted.textContent = draft.text;
    var use = document.createElement("button");
    use.type = "button";
    use.textContent = text("use");
    use.addEventListener("click", function () {
      textarea.value = draft.text;
      store.removeItem(draft.key);
      remember(textarea);
      box.remove();
      retry(textarea);
    });
    var drop = document.createElement("button");
    drop.type = "button";
    drop.textContent = text("drop");
    drop.addEventListener("click", function () { store.removeItem(draft.key); box.remove(); });
    details.append(summary, quoted);
    box.append(details, use, " ", drop);
  }

  function textareaOf(pk) { return document.getElementById("text-" + pk); }

  function setUp(root) {
    var found = root.matches && root.matches("textarea[data-autosave]")
      ? [root] : root.querySelectorAll("textarea[data-autosave]");
    Array.prototype.forEach.call(found, function (textarea) {
      if (textarea.dataset.ready) { return; }
      textarea.dataset.ready = "1";
      textarea.addEventListener("input", function () { remember(textarea); });
      restore(textarea);
    });
  }

  /* After a save the server sends the part's status line: "saved" clears the drafts of the
   * part, unless more was typed while the save was on its way. */
  function statusLoaded(status) {
    var pk = status.dataset.section;
    var textarea = textareaOf(pk);
    if (!textarea || status.dataset.state !== "saved") { return; }
    textarea.dataset.version = status.dataset.version;
    forget(pk);
    if (!same(textarea.value, textarea.dataset.sent)) { remember(textarea); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.htmx) { return; }
    setUp(document);
    htmx.onLoad(function (elt) {
      if (elt.classList && elt.classList.contains("save-status")) { statusLoaded(elt); }
      if (elt.dataset && elt.dataset.fresh) { forget(elt.dataset.section); }
      setUp(elt);
    });
    document.body.addEventListener("htmx:beforeRequest", function (event) {
      var elt = event.detail.elt;
      if (elt.matches && elt.matches("textarea[data-autosave]")) { elt.dataset.sent = elt.value; }
    });
    document.body.addEventListener("htmx:sendError", function (event) {
      var elt = event.detail.elt;
      var status = elt.dataset && elt.dataset.section
        && document.getElementById("status-" + elt.dataset.section);
      if (status) {
        status.className = "save-status offline";
        status.textContent = text("offline");
      }
    });
    window.addEventListener("online", function () {
      Array.prototype.forEach.call(document.querySelectorAll("textarea[data-autosave]"),
        function (textarea) {
          var pending = drafts(textarea.dataset.section).some(function (draft) {
            return String(draft.version) === String(versionOf(textarea));
          });
          if (pending) { htmx.trigger(textarea, "kehoach:retry"); }
        });
    });
  });
})();
