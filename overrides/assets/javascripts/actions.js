/* The Print button of every page (overrides/partials/actions.html), and the notice of a "law to
   watch" entry whose check-by date has passed on the reader's own date (a copy may be read long
   after it was built). */
(function () {
  "use strict";
  var button = document.querySelector("[data-pcr-print]");
  if (button) button.addEventListener("click", function () { window.print(); });
  var now = new Date();
  var today = [now.getFullYear(), ("0" + (now.getMonth() + 1)).slice(-2), ("0" + now.getDate()).slice(-2)].join("-");
  document.querySelectorAll("[data-pcr-check-by]").forEach(function (item) {
    if (item.getAttribute("data-pcr-check-by") >= today) return;
    var notice = item.querySelector(".pcr-watch__overdue--not-yet");
    if (notice) notice.classList.remove("pcr-watch__overdue--not-yet");
  });
})();
