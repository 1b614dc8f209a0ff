/* global self, caches, fetch */
// Ruta's service worker: pages seen stay readable offline; the offline page lists the helplines.
'use strict';
var VERSION = '__VERSION__';
var ASSETS = '__ASSETS__'.split(',');
var OFFLINE = ['es', 'en', 'fr', 'ht', 'pt'].map(function (l) { return '/' + l + '/sin-conexion'; });
var CACHE = 'ruta-' + VERSION;

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(ASSETS.concat(OFFLINE)); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('ruta-') === 0 && k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener('fetch', function (e) {
  var req = e.request;
  var url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) return;
  if (url.pathname.indexOf('/assets/') === 0) {
    e.respondWith(caches.match(req).then(function (hit) { return hit || fetch(req); }));
    return;
  }
  // Pages: the network first, so facts are fresh; what was seen before answers when it fails.
  // A no-store page (the guides' answers are in its address) is never kept on the phone.
  e.respondWith(fetch(req).then(function (res) {
    if (res.ok && !/no-store/.test(res.headers.get('Cache-Control') || '')) { var copy = res.clone(); caches.open(CACHE).then(function (c) { c.put(req, copy); }); }
    return res;
  }).catch(function () {
    return caches.match(req).then(function (hit) {
      var lang = url.pathname.split('/')[1];
      return hit || caches.match('/' + (OFFLINE.indexOf('/' + lang + '/sin-conexion') >= 0 ? lang : 'es') + '/sin-conexion');
    });
  }));
});
