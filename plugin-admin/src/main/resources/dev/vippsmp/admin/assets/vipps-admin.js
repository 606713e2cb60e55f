// Every admin page of the plugin: a form with data-confirm asks before it is sent (releasing money, deleting a
// webhook), since neither can be undone. A file of its own: the shop's content security policy allows no inline
// script. Without it the forms are sent at once, as before.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var question = event.target.dataset ? event.target.dataset.confirm : null;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
