// Small enhancements only: every action works without JavaScript.
(function () {
  "use strict";
  // Warn before leaving a reflection with unsaved writing.
  var dirty = new Set();
  document.querySelectorAll(".reflection textarea").forEach(function (area) {
    area.addEventListener("input", function () { dirty.add(area); });
    area.form.addEventListener("submit", function () { dirty.delete(area); });
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty.size) { event.preventDefault(); event.returnValue = ""; }
  });
})();
