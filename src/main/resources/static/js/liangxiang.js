// Progressive enhancement only: every page works without this file.
// An error summary takes the focus when the page opens, so screen-reader and keyboard users hear it first.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});

// The session expiry warning (account/session-warning): shown shortly before a signed-in session would expire, with one
// button that extends it without leaving the page. Without this script the warning stays hidden and the pages still
// work (every request keeps the session alive).
document.addEventListener("DOMContentLoaded", function () {
  var warning = document.getElementById("session-warning");
  // Staff pages carry their own warning (account/staff-session-warning, staff-session.js) without these attributes.
  if (!warning || !warning.hasAttribute("data-session-seconds") || !window.fetch) {
    return;
  }
  var seconds = parseInt(warning.getAttribute("data-session-seconds"), 10);
  var before = parseInt(warning.getAttribute("data-warn-before"), 10);
  var form = warning.querySelector("form");
  var button = warning.querySelector("button");
  var expired = warning.querySelector(".session-warning__expired");
  var timers = [];
  var opener = null;

  function schedule() {
    timers.forEach(clearTimeout);
    timers = [
      setTimeout(show, (seconds - before) * 1000),
      setTimeout(function () {
        expired.hidden = false;
        form.hidden = true;
      }, seconds * 1000)
    ];
  }
  function show() {
    opener = document.activeElement;
    warning.hidden = false;
    button.focus();
  }
  form.addEventListener("submit", function (event) {
    var token = document.querySelector("meta[name=csrf-token]");
    var header = document.querySelector("meta[name=csrf-header]");
    if (!token || !header) {
      return;
    }
    event.preventDefault();
    var headers = { "X-Requested-With": "fetch" };
    headers[header.content] = token.content;
    fetch(form.action, { method: "POST", headers: headers, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        form.submit();
        return;
      }
      warning.hidden = true;
      if (opener && opener.focus) {
        opener.focus();
      }
      schedule();
    }, function () {
      form.submit();
    });
  });
  schedule();
});
