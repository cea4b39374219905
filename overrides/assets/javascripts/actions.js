/* The Print button of every page (overrides/partials/actions.html). */
(function () {
  "use strict";
  var button = document.querySelector("[data-pcr-print]");
  if (button) button.addEventListener("click", function () { window.print(); });
})();
