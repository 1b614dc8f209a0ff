/* global document, window, navigator, setTimeout, clearTimeout, fetch, caches */
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
    var hint = document.querySelector('[data-exit-hint]');
    if (hint) hint.hidden = false;
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

  // "Save my region": a state's or city's listings kept in the browser and searched there, offline.
  // Listing text is only ever set as textContent, never as HTML.
  var region = document.querySelector('[data-region]');
  if (region && window.caches && window.fetch) {
    region.hidden = false;
    var status = region.querySelector('[data-region-status]');
    var find = region.querySelector('[data-region-find]');
    var input = region.querySelector('#region-q');
    var list = region.querySelector('[data-region-results]');
    var lang = region.getAttribute('data-lang');
    var saved = null;
    var fold = function (s) { return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
    var el = function (tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; };
    var render = function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      list.textContent = '';
      saved.listings.filter(function (l) {
        var text = fold([l.n, l.o, l.t].join(' '));
        return words.every(function (w) { return text.indexOf(w) >= 0; });
      }).slice(0, 50).forEach(function (l) {
        var li = el('li');
        var a = el('a', '', l.n + (l.t ? ' — ' + l.t : ''));
        a.href = '/' + lang + '/servicio/' + l.i;
        li.appendChild(a);
        if (l.x) li.appendChild(el('p', 'flag', region.getAttribute('data-example')));
        (l.p || []).forEach(function (n) {
          var t = el('a', 'tel', region.getAttribute('data-call').replace('{number}', n));
          t.href = 'tel:' + (n.trim().charAt(0) === '+' ? '+' : '') + n.replace(/\D/g, '');
          li.appendChild(el('br'));
          li.appendChild(t);
        });
        list.appendChild(li);
      });
    };
    var show = function (data) {
      saved = data;
      status.textContent = region.getAttribute('data-done').replace('{count}', data.listings.length).replace('{place}', data.place);
      find.hidden = false;
      render();
    };
    input.addEventListener('input', render);
    caches.open('region-saved').then(function (c) { return c.match('/region'); }).then(function (r) { return r && r.json(); }).then(function (d) { if (d) show(d); }).catch(function () {});
    region.addEventListener('submit', function (e) {
      e.preventDefault();
      fetch('/' + lang + '/region?lugar=' + encodeURIComponent(region.elements.lugar.value), { headers: { accept: 'application/json' } }).then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return caches.open('region-saved').then(function (c) { return c.put('/region', r.clone()); }).then(function () { return r.json(); });
      }).then(show).catch(function () { status.textContent = region.getAttribute('data-failed'); });
    });
  }

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(function () {});
})();
