/*
 * Starts a webinar deck (macros/decks.py): reveal.js with its notes plugin. S opens the speaker
 * view (notes, timer, next slide); the audience view never shows notes. A model answer is a
 * fragment: it appears on the audience screen only when the presenter moves on to it.
 */
(function () {
  "use strict";
  /* global Reveal, RevealNotes */
  /* A slide the build could not split further (a wide table, a long answer) is scaled down to
     fit the screen, never cut off. */
  function fit(slide) {
    var body = slide && slide.querySelector(".pcr-deck-body");
    if (!body || body.dataset.fitted) return;
    var style = window.getComputedStyle(slide);
    var room = slide.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    var needed = body.getBoundingClientRect().height / Reveal.getScale();
    if (room > 0 && needed > room) body.style.zoom = String(Math.floor((room / needed) * 100) / 100);
    body.dataset.fitted = "yes";  /* the canvas is a fixed 1280×720: once fitted, always fitted */
  }
  function fitAll() {
    Array.prototype.forEach.call(document.querySelectorAll(".reveal .slides > section"), function (slide) {
      var shown = slide.style.display;
      slide.style.display = "block";  /* slides far from the current one are not laid out */
      fit(slide);
      slide.style.display = shown;
    });
  }
  Reveal.on("ready", fitAll);
  /* Printing (make handouts) waits for this mark: while reveal.js lays out the print pages, the
     slides are briefly out of the document and the viewport is hidden. */
  Reveal.on("pdf-ready", function () { document.documentElement.dataset.pdfReady = "yes"; });

  Reveal.initialize({
    width: 1280,
    height: 720,
    margin: 0.04,
    hash: true,
    slideNumber: "c/t",
    transition: "none",
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    plugins: [RevealNotes]
  });
})();
