// Search box and version picker of the tradecert documentation site. Runs from file:// with
// no server: the index comes from search-index.js, loaded by a script tag before this file.
(function () {
  var root = document.body.getAttribute('data-root') || './';
  var input = document.getElementById('search');
  var results = document.getElementById('search-results');
  var entries = window.TRADECERT_SEARCH || [];

  function render(query) {
    results.innerHTML = '';
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    if (words.length === 0) {
      return;
    }
    var shown = 0;
    for (var i = 0; i < entries.length && shown < 30; i++) {
      var haystack = (entries[i].t + ' ' + entries[i].x).toLowerCase();
      if (words.every(function (w) { return haystack.indexOf(w) >= 0; })) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + entries[i].u;
        link.textContent = entries[i].t;
        var detail = document.createElement('small');
        detail.textContent = entries[i].x;
        link.appendChild(detail);
        item.appendChild(link);
        results.appendChild(item);
        shown++;
      }
    }
  }

  if (input) {
    input.addEventListener('input', function () { render(input.value); });
  }

  var form = document.getElementById('diff-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var oldRelease = document.getElementById('diff-old').value;
      var newRelease = document.getElementById('diff-new').value;
      var links = document.querySelectorAll('#diff-list a[data-pair]');
      for (var i = 0; i < links.length; i++) {
        var pair = links[i].getAttribute('data-pair').split('|');
        if ((pair[0] === oldRelease && pair[1] === newRelease) || (pair[0] === newRelease && pair[1] === oldRelease)) {
          window.location.href = links[i].href;
          return;
        }
      }
      var message = document.getElementById('diff-message');
      message.textContent = message.getAttribute('data-unknown');
    });
  }
})();
