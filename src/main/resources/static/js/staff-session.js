// Progressive enhancement of staff pages: warns two minutes before an idle session ends and extends it with one
// action (a POST in the background), so a half-filled form is never lost. Without JavaScript a note gives the timeout.
(function () {
  "use strict";
  var dialog = document.getElementById("session-warning");
  if (!dialog || typeof dialog.showModal !== "function" || !window.fetch) {
    return;
  }
  var idle = parseInt(dialog.getAttribute("data-idle-seconds"), 10) * 1000;
  var lead = Math.min(120000, idle / 4);
  var extendButton = document.getElementById("session-extend");
  var signInLink = document.getElementById("session-sign-in");
  var text = document.getElementById("session-warning-text");
  var status = document.getElementById("session-status");
  var warnTimer = null;
  var endTimer = null;
  var returnFocus = null;
  var expired = false;

  function schedule() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    warnTimer = window.setTimeout(warn, idle - lead);
    endTimer = window.setTimeout(expire, idle);
  }

  function warn() {
    returnFocus = document.activeElement;
    if (!dialog.open) {
      dialog.showModal();
    }
    extendButton.focus();
  }

  function expire() {
    expired = true;
    text.textContent = dialog.getAttribute("data-expired-text");
    extendButton.hidden = true;
    signInLink.hidden = false;
    if (!dialog.open) {
      returnFocus = document.activeElement;
      dialog.showModal();
    }
    signInLink.focus();
  }

  function csrfHeaders() {
    var header = document.querySelector("meta[name=csrf-header]");
    var token = document.querySelector("meta[name=csrf-token]");
    var headers = { "Accept": "application/json" };
    if (header && token) {
      headers[header.getAttribute("content")] = token.getAttribute("content");
    }
    return headers;
  }

  function extend() {
    if (expired) {
      return;
    }
    window.fetch(dialog.getAttribute("data-extend-url"), {
      method: "POST", headers: csrfHeaders(), credentials: "same-origin", redirect: "manual"
    }).then(function (response) {
      if (!response.ok) {
        expire();
        return;
      }
      dialog.close();
      status.textContent = dialog.getAttribute("data-extended-text");
      if (returnFocus && typeof returnFocus.focus === "function") {
        returnFocus.focus();
      }
      schedule();
    }, expire);
  }

  extendButton.addEventListener("click", extend);
  dialog.addEventListener("cancel", function (event) {
    if (!expired) {
      event.preventDefault();
      extend();
    }
  });
  schedule();
})();
