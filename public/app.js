// Small enhancements on top of pages that work fully without JavaScript:
// a live preview while a bullet is edited (through the JSON API), a count of pasted bullets, and confirmations.
(function () {
  'use strict';
  var DEBOUNCE_MS = 350;

  function countBullets(text) {
    return text.split(/\r\n|\r|\n/).filter(function (l) { return l.replace(/^[\s•·▪◦●\-–—*]+/, '').trim(); }).length;
  }

  document.querySelectorAll('[data-count-bullets]').forEach(function (box) {
    var out = box.parentElement && box.parentElement.querySelector('[data-bullet-count]');
    if (!out) return;
    var update = function () {
      var n = countBullets(box.value);
      out.textContent = n ? n + (n === 1 ? ' bullet' : ' bullets') + ' ready to check' : '';
    };
    box.addEventListener('input', update);
    update();
  });

  document.querySelectorAll('textarea[data-live-preview]').forEach(function (box) {
    var target = document.getElementById(box.getAttribute('data-live-preview'));
    if (!target) return;
    var timer = 0;
    var seq = 0;
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = box.value.trim();
        var mine = ++seq;
        if (!text) { target.textContent = ''; return; }
        fetch('/api/v1/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ text: text }),
          credentials: 'same-origin',
        })
          .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (res) {
            if (mine !== seq) return;
            if (res.ok) {
              // Server-rendered and escaped there; the CSP forbids any inline script in it.
              target.innerHTML = res.body.html;
            } else {
              target.textContent = (res.body && res.body.error && res.body.error.message) || 'Could not check this text.';
            }
          })
          .catch(function () { if (mine === seq) target.textContent = ''; });
      }, DEBOUNCE_MS);
    });
  });

  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
    });
  });

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentElement && button.parentElement.querySelector('.copy-status');
    if (!field || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(
        function () { if (status) status.textContent = 'Copied.'; },
        function () { field.select(); if (status) status.textContent = 'Press Ctrl+C to copy.'; });
    });
  });

  // After a change the page comes back scrolled to the bullet; move keyboard focus there too.
  if (location.hash.length > 1) {
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.hasAttribute('tabindex')) el.focus({ preventScroll: true });
  }
})();
