(function () {
  "use strict";
  var doc = document;
  var article = doc.getElementById("article");
  var panel = doc.getElementById("panel");
  if (!article || !panel) { return; }
  var esc = (window.CSS && CSS.escape) ? CSS.escape : function (s) {
    return String(s).replace(/["\\]/g, "\\$&");
  };
  var lit = [];

  function all(sel, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(sel)); }
  function clear() {
    lit.forEach(function (el) { el.classList.remove("hl", "active"); });
    lit = [];
  }
  function light(els, cls) {
    els.forEach(function (el) { el.classList.add(cls || "hl"); lit.push(el); });
  }
  function quoteParts(id) { return all('.q[data-quote-id="' + esc(id) + '"]', article); }
  function actorBox(q) {
    var key = q.getAttribute("data-speaker-actor") ||
      (q.getAttribute("data-speaker-name") ? "name:" + q.getAttribute("data-speaker-name") : "");
    return key ? all('[data-actor-key="' + esc(key) + '"]', panel) : [];
  }

  function showQuote(id) {
    clear();
    var parts = quoteParts(id);
    if (!parts.length) { return; }
    light(parts);
    light(all('[data-spk-for~="' + esc(id) + '"], [data-cue-for~="' + esc(id) + '"]', article));
    light(actorBox(parts[0]), "active");
    light(all('a[data-goto="' + esc(id) + '"]', panel), "active");
  }

  function showActor(key) {
    clear();
    light(all('.q[data-speaker-actor="' + esc(key) + '"], .spk[data-actor="' + esc(key) + '"], ' +
      '.am[data-actor="' + esc(key) + '"]', article));
  }

  article.addEventListener("mouseover", function (ev) {
    var q = ev.target.closest ? ev.target.closest(".q") : null;
    if (q) { showQuote(q.getAttribute("data-quote-id")); } else { clear(); }
  });
  article.addEventListener("mouseleave", clear);
  article.addEventListener("click", function (ev) {
    var q = ev.target.closest ? ev.target.closest(".q") : null;
    if (!q) { return; }
    var box = actorBox(q)[0];
    if (box && box.scrollIntoView) { box.scrollIntoView({ block: "nearest" }); }
  });

  panel.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a[data-goto]") : null;
    if (!a) { return; }
    var id = a.getAttribute("data-goto");
    var parts = quoteParts(id);
    if (!parts.length) { return; }
    ev.preventDefault();
    parts[0].scrollIntoView({ block: "center", behavior: "smooth" });
    parts.forEach(function (p) {
      p.classList.remove("flash");
      void p.offsetWidth;  // restart the animation
      p.classList.add("flash");
    });
    showQuote(id);
    if (history.replaceState) { history.replaceState(null, "", "#quote-" + id); }
  });
  panel.addEventListener("mouseover", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a[data-goto]") : null;
    if (a) { showQuote(a.getAttribute("data-goto")); return; }
    var box = ev.target.closest ? ev.target.closest("[data-actor-key]") : null;
    if (box && box.getAttribute("data-actor-key").indexOf("name:") !== 0) {
      showActor(box.getAttribute("data-actor-key"));
    }
  });
  panel.addEventListener("mouseleave", clear);

  all("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      doc.body.classList.toggle(box.getAttribute("data-toggle"), !box.checked);
    });
  });

  doc.documentElement.setAttribute("data-ready", "1");
})();
