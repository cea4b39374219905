/*
 * Trainer mode: a presenter view with large type and one section per screen. Toggle with the
 * Present button or the T key (Material already uses P and N for previous and next page); move with the arrow keys (or Page Up/Down); leave with Escape.
 * Works offline; nothing is stored.
 */
(function () {
  "use strict";

  var article = document.querySelector("article.md-content__inner");
  if (!article) return;
  var slides = [], index = 0, bar = null, counter = null, presentButton = null;

  var el = window.pcrDom.el;
  var say = window.pcrDom.say;
  var ui = window.pcrDom.config().ui;

  /* Top-level blocks, grouped: a new slide starts at every h2 (the h1 opens the first). */
  function collectSlides() {
    var groups = [[]];
    Array.prototype.forEach.call(article.children, function (child) {
      if (child.classList.contains("pcr-actions") || child.classList.contains("pcr-disclaimer")) return;
      if (child.tagName === "H2" && groups[groups.length - 1].length) groups.push([]);
      groups[groups.length - 1].push(child);
    });
    return groups.filter(function (group) { return group.length; });
  }

  function show(next) {
    index = Math.max(0, Math.min(slides.length - 1, next));
    slides.forEach(function (group, i) {
      group.forEach(function (node) { node.hidden = i !== index; });
    });
    counter.textContent = say(ui.presenter_section, { number: index + 1, total: slides.length });
    var heading = slides[index][0];
    if (/^H[12]$/.test(heading.tagName)) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  function buildBar() {
    var previous = el("button", { type: "button", class: "md-button" }, [ui.presenter_previous]);
    var next = el("button", { type: "button", class: "md-button md-button--primary" }, [ui.presenter_next]);
    var exit = el("button", { type: "button", class: "md-button" }, [ui.presenter_exit]);
    counter = el("span", { class: "pcr-presenter__counter", role: "status", "aria-live": "polite" });
    previous.addEventListener("click", function () { show(index - 1); });
    next.addEventListener("click", function () { show(index + 1); });
    exit.addEventListener("click", stop);
    bar = el("nav", { class: "pcr-presenter", "aria-label": ui.presenter_controls });
    [previous, counter, next, exit].forEach(function (node) { bar.appendChild(node); });
    document.body.appendChild(bar);
  }

  function start() {
    slides = collectSlides();
    if (!bar) buildBar();
    bar.hidden = false;
    document.body.classList.add("pcr-presenting");
    presentButton.setAttribute("aria-pressed", "true");
    show(0);
  }

  function stop() {
    document.body.classList.remove("pcr-presenting");
    slides.forEach(function (group) { group.forEach(function (node) { node.hidden = false; }); });
    if (bar) bar.hidden = true;
    presentButton.setAttribute("aria-pressed", "false");
    presentButton.focus();
  }

  function presenting() { return document.body.classList.contains("pcr-presenting"); }

  function typing(target) {
    return target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    if (event.key === "t" || event.key === "T") { event.preventDefault(); presenting() ? stop() : start(); return; }
    if (!presenting()) return;
    var moves = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };
    if (event.key in moves) { event.preventDefault(); show(index + moves[event.key]); }
    else if (event.key === "Home") { event.preventDefault(); show(0); }
    else if (event.key === "End") { event.preventDefault(); show(slides.length - 1); }
    else if (event.key === "Escape") { event.preventDefault(); stop(); }
  });

  presentButton = document.querySelector("[data-pcr-present]");
  var printButton = document.querySelector("[data-pcr-print]");
  if (presentButton) {
    presentButton.hidden = false;
    presentButton.setAttribute("aria-pressed", "false");
    presentButton.addEventListener("click", function () { presenting() ? stop() : start(); });
  }
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
})();
