/* global document, window, navigator, setTimeout, clearTimeout */
// Progressive enhancement only: every task works without this file.
(function () {
  'use strict';
  var exit = document.querySelector('[data-exit]');
  // Leave at once and take this page out of the history (GOV.UK "Exit this page" model).
  function leave() {
    if (!exit) return;
    document.body.insertAdjacentHTML('beforeend', '<div class="cover"></div>');
    document.title = '…';
    window.location.replace(exit.getAttribute('href'));
  }
  if (exit) {
    exit.addEventListener('click', function (e) { e.preventDefault(); leave(); });
    var presses = 0;
    var timer = 0;
    document.addEventListener('keyup', function (e) {
      if (e.key !== 'Shift') { presses = 0; return; }
      presses += 1;
      clearTimeout(timer);
      timer = setTimeout(function () { presses = 0; }, 2000);
      if (presses >= 3) leave();
    });
  }

  // "Use my location": coordinates rounded to about 1 km, sent only with the search the person makes.
  var locate = document.querySelector('[data-locate]');
  if (locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      var form = locate.form;
      navigator.geolocation.getCurrentPosition(function (p) {
        form.elements.lat.value = p.coords.latitude.toFixed(2);
        form.elements.lng.value = p.coords.longitude.toFixed(2);
        form.submit();
      }, function () {
        var msg = document.querySelector('[data-locate-failed]');
        if (msg) msg.hidden = false;
      }, { maximumAge: 600000, timeout: 15000 });
    });
  }

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(function () {});
})();
