// Étoile: refresh the plans page while a job is queued or running (progress without a framework).
(function () {
  var busy = document.querySelectorAll('[data-job][data-status="queued"], [data-job][data-status="running"], [data-job][data-status="cancelling"]');
  if (busy.length) { setTimeout(function () { window.location.reload(); }, 2000); }
})();
