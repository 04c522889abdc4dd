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
