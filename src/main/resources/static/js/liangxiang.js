// Progressive enhancement only: every page works without this file.
// An error summary takes the focus when the page opens, so screen-reader and keyboard users hear it first.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});
