// The settings page: the header preview follows the form as the admin types, each Vipps-System-* field counts its
// characters, the brand follows the market, and "Test connection" answers in place. A file of its own, since the
// shop's content security policy allows no inline script. Without it the page still works: the preview shows what
// is saved, and "Test connection" reloads the page with the result.
(function () {
  'use strict';
  var form = document.getElementById('vipps-settings');
  if (!form || !window.fetch) {
    return;
  }
  var MAX = 30;
  var timer = null;
  var sequence = 0;

  function body() {
    return new URLSearchParams(new FormData(form));
  }

  function post(url) {
    return fetch(url, {
      method: 'POST',
      body: body(),
      credentials: 'same-origin',
      headers: {'Accept': 'text/html'}
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    });
  }

  function replace(id, html) {
    var current = document.getElementById(id);
    var holder = document.createElement('div');
    holder.innerHTML = html.trim();
    var fresh = holder.firstElementChild;
    if (current && fresh) {
      current.replaceWith(fresh);
    }
  }

  function refreshPreview() {
    var mine = ++sequence;
    post(form.dataset.previewUrl).then(function (html) {
      // Answers may overtake each other; only the latest one is shown.
      if (mine === sequence) {
        replace('header-preview', html);
      }
    }).catch(function () { /* The preview keeps its last state; saving still validates. */ });
  }

  function schedulePreview() {
    clearTimeout(timer);
    timer = setTimeout(refreshPreview, 200);
  }

  function count(input) {
    var counter = document.getElementById(input.id + '-count');
    if (counter) {
      counter.textContent = input.value.length + '/' + MAX;
      counter.classList.toggle('over', input.value.length > MAX);
    }
  }

  function showBrand() {
    var market = document.getElementById('market');
    var brand = document.getElementById('market-brand');
    if (market && brand && market.selectedOptions.length) {
      brand.textContent = market.selectedOptions[0].dataset.brand || '';
    }
  }

  function markKeySetInUse() {
    var chosen = form.querySelector('input[name=environment]:checked');
    ['test', 'production'].forEach(function (name) {
      var set = document.getElementById('keys-' + name);
      if (set && chosen) {
        set.classList.toggle('in-use', chosen.value.toLowerCase() === name);
      }
    });
  }

  form.addEventListener('input', function (event) {
    if (event.target.dataset && event.target.dataset.header) {
      count(event.target);
    }
    schedulePreview();
  });
  form.addEventListener('change', function () {
    showBrand();
    markKeySetInUse();
    schedulePreview();
  });

  var testButton = document.getElementById('test-connection');
  var result = document.getElementById('connection-result');
  if (testButton && result) {
    testButton.addEventListener('click', function (event) {
      event.preventDefault();
      testButton.disabled = true;
      testButton.setAttribute('aria-busy', 'true');
      result.innerHTML = '';
      post(form.dataset.checkUrl).then(function (html) {
        result.innerHTML = html;
      }).catch(function () {
        // Fall back to the page's own form submission, which shows the result after a reload.
        form.action = testButton.getAttribute('formaction');
        form.submit();
      }).finally(function () {
        testButton.disabled = false;
        testButton.removeAttribute('aria-busy');
      });
    });
  }

  form.querySelectorAll('input[data-header]').forEach(count);
  showBrand();
})();
