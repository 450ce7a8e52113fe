// Progressive enhancement of an import's page while it runs: every 3 seconds the page is fetched again and the
// progress line (a polite live region) and the details are replaced, until the import has finished. Without
// JavaScript the page's refresh link does the same.
(function () {
  'use strict';
  var progress = document.getElementById('progress');
  if (!progress || progress.getAttribute('data-running') !== 'true') {
    return;
  }
  function poll() {
    fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        var nextProgress = next.getElementById('progress');
        var details = document.getElementById('job-details');
        var nextDetails = next.getElementById('job-details');
        if (!nextProgress || !details || !nextDetails) {
          return;
        }
        if (progress.textContent !== nextProgress.textContent) {
          progress.textContent = nextProgress.textContent;
        }
        details.innerHTML = nextDetails.innerHTML;
        if (nextProgress.getAttribute('data-running') === 'true') {
          window.setTimeout(poll, 3000);
        } else {
          progress.setAttribute('data-running', 'false');
          var refresh = document.getElementById('refresh');
          if (refresh && refresh.parentNode) {
            refresh.parentNode.removeChild(refresh);
          }
        }
      })
      .catch(function () {
        // a failed read (a moment offline): try again a little later; the refresh link works meanwhile
        window.setTimeout(poll, 10000);
      });
  }
  window.setTimeout(poll, 3000);
})();
