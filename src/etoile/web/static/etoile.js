// Étoile: refresh the plans page while a job is queued or running (progress without a framework).
(function () {
  var busy = document.querySelectorAll('[data-job][data-status="queued"], [data-job][data-status="running"], [data-job][data-status="cancelling"]');
  if (busy.length) { setTimeout(function () { window.location.reload(); }, 2000); }
})();
// A one-time address is selected whole on a click, ready to copy (no inline handlers: the
// Content-Security-Policy allows only this file's script).
(function () {
  document.querySelectorAll('[data-select-on-click]').forEach(function (field) {
    field.addEventListener('click', function () { field.select(); });
  });
})();
// A one-time address gets a copy button (shown only when this script runs; without it the
// address stays selectable by hand).
(function () {
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var done = function () { button.textContent = button.getAttribute('data-copied'); };
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          if (document.execCommand('copy')) { done(); }
        });
      } else if (document.execCommand('copy')) { done(); }
    });
  });
})();
// Changing what a calendar shows (a dancer, a staff member, a studio) starts from a blank choice
// of whom, and reloads at once.
(function () {
  document.querySelectorAll('select[data-resubmit-clearing]').forEach(function (select) {
    select.addEventListener('change', function () {
      var field = select.form.elements[select.getAttribute('data-resubmit-clearing')];
      if (field) { field.value = ''; }
      select.form.submit();
    });
  });
})();
