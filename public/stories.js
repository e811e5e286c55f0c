// The rehearsal clock and the hide-the-text switch. The page works without this file: the cue card and the story
// are there, and the seconds can be typed by hand.
(function () {
  'use strict';
  var root = document.querySelector('[data-rehearsal]');
  if (!root) return;
  var ui = document.querySelector('[data-clock-ui]');
  var timeOut = document.querySelector('[data-clock-time]');
  var bandOut = document.querySelector('[data-clock-band]');
  var clock = document.querySelector('[data-clock]');
  var start = document.querySelector('[data-clock-start]');
  var stop = document.querySelector('[data-clock-stop]');
  var reset = document.querySelector('[data-clock-reset]');
  var hide = document.querySelector('[data-hide-text]');
  var text = document.querySelector('[data-story-text]');
  var hiddenNote = document.querySelector('[data-hidden-note]');
  var secondsIn = document.querySelector('[data-run-seconds]');
  var hiddenIn = document.querySelector('[data-run-hidden]');
  if (!ui || !timeOut || !start || !stop || !reset) return;
  ui.hidden = false;

  var startedAt = 0;
  var elapsed = 0;
  var timer = 0;
  var lastBand = '';

  function seconds() { return Math.floor((elapsed + (startedAt ? Date.now() - startedAt : 0)) / 1000); }
  function fmt(s) { return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); }
  function band(s) {
    if (s < 60) return ['short', 'Under 60 s: keep going.'];
    if (s <= 120) return ['aim', 'In the 60–120 s band.'];
    if (s <= 150) return ['near', 'Over 120 s: start landing the result.'];
    return ['long', 'Over 150 s: too long for an interview answer.'];
  }
  function render() {
    var s = seconds();
    timeOut.textContent = fmt(s);
    var b = band(s);
    clock.setAttribute('data-band', b[0]);
    // Announce only when the band changes, not every second.
    if (b[0] !== lastBand && (startedAt || s > 0)) { bandOut.textContent = b[1]; lastBand = b[0]; }
  }
  start.addEventListener('click', function () {
    if (startedAt) return;
    startedAt = Date.now();
    timer = setInterval(render, 250);
    start.disabled = true;
    stop.disabled = false;
    render();
  });
  stop.addEventListener('click', function () {
    if (!startedAt) return;
    elapsed += Date.now() - startedAt;
    startedAt = 0;
    clearInterval(timer);
    start.disabled = false;
    start.textContent = 'Resume';
    stop.disabled = true;
    render();
    if (secondsIn) secondsIn.value = String(Math.max(1, seconds()));
  });
  reset.addEventListener('click', function () {
    clearInterval(timer);
    startedAt = 0;
    elapsed = 0;
    lastBand = '';
    start.disabled = false;
    start.textContent = 'Start';
    stop.disabled = true;
    timeOut.textContent = '0:00';
    clock.removeAttribute('data-band');
    bandOut.textContent = 'Start the clock and tell the story aloud.';
  });
  if (hide && text) {
    hide.addEventListener('click', function () {
      var hidden = hide.getAttribute('aria-pressed') !== 'true';
      hide.setAttribute('aria-pressed', String(hidden));
      hide.textContent = hidden ? 'Show the text' : 'Hide the text';
      text.hidden = hidden;
      if (hiddenNote) hiddenNote.hidden = !hidden;
      if (hiddenIn) hiddenIn.checked = hidden;
    });
  }
})();
