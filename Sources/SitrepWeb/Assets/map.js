// Pan and zoom for the server-drawn maps: <figure class="map" data-src="/map.svg?QUERY"> holding an
// <svg data-bbox="minLon,minLat,maxLon,maxLat">. Dragging, the wheel, double-click and the +/-
// buttons move the picture at once (by its viewBox), then ask the server for the new view
// (data-src with bbox=...) and put its <svg> in place. The page's URL keeps the bbox, so a view can
// be shared. No library; nothing happens on a page without a map.
(function () {
  'use strict';

  var MIN_SPAN = 0.01; // degrees; the server draws nothing finer

  function parseBox(text) {
    var parts = String(text || '').split(',').map(Number);
    if (parts.length !== 4 || !parts.every(isFinite)) return null;
    return { minLon: parts[0], minLat: parts[1], maxLon: parts[2], maxLat: parts[3] };
  }

  function round(value) { return Math.round(value * 10000) / 10000; }

  // Kept inside -180..180 and -90..90 (shifted, or cut to the world when larger), as the server asks.
  function clampBox(box) {
    function fit(min, max, low, high) {
      var span = Math.max(max - min, MIN_SPAN);
      if (span >= high - low) return [low, high];
      if (min < low) return [low, low + span];
      if (min + span > high) return [high - span, high];
      return [min, min + span];
    }
    var lon = fit(box.minLon, box.maxLon, -180, 180);
    var lat = fit(box.minLat, box.maxLat, -90, 90);
    return { minLon: lon[0], minLat: lat[0], maxLon: lon[1], maxLat: lat[1] };
  }

  function boxText(box) {
    return [box.minLon, box.minLat, box.maxLon, box.maxLat].map(round).join(',');
  }

  function withBbox(url, text) {
    var parsed = new URL(url, window.location.href);
    parsed.searchParams.set('bbox', text);
    return parsed;
  }

  function initMap(figure) {
    var src = figure.getAttribute('data-src');
    if (!src) return;
    var request = 0;
    var controller = null;
    var wheelTimer = null;
    var pendingZoom = null; // { factor, fx, fy } accumulated from the wheel
    var drag = null;
    var suppressClick = false;

    function current() {
      var svg = figure.querySelector('svg');
      if (!svg) return null;
      var box = parseBox(svg.getAttribute('data-bbox'));
      var viewBox = svg.viewBox && svg.viewBox.baseVal;
      if (!box || !viewBox || !viewBox.width || !viewBox.height) return null;
      if (!svg.hasAttribute('data-viewbox')) svg.setAttribute('data-viewbox', svg.getAttribute('viewBox'));
      return { svg: svg, box: box, width: viewBox.width, height: viewBox.height };
    }

    // Where a client point falls, as fractions of the drawn picture (the SVG keeps its aspect).
    function fraction(map, clientX, clientY) {
      var rect = map.svg.getBoundingClientRect();
      var scale = Math.min(rect.width / map.width, rect.height / map.height) || 1;
      var left = rect.left + (rect.width - map.width * scale) / 2;
      var top = rect.top + (rect.height - map.height * scale) / 2;
      return {
        x: Math.min(Math.max((clientX - left) / (map.width * scale), 0), 1),
        y: Math.min(Math.max((clientY - top) / (map.height * scale), 0), 1),
        scale: scale
      };
    }

    function preview(map, x, y, width, height) {
      map.svg.setAttribute('viewBox', [x, y, width, height].join(' '));
    }

    function load(box) {
      var text = boxText(clampBox(box));
      var mine = ++request;
      if (controller) controller.abort();
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      figure.setAttribute('aria-busy', 'true');
      var url = withBbox(src, text);
      fetch(url.pathname + url.search, { signal: controller ? controller.signal : undefined, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error('map: ' + response.status);
          return response.text();
        })
        .then(function (body) {
          if (mine !== request) return;
          var doc = new DOMParser().parseFromString(body, 'image/svg+xml');
          var root = doc.documentElement;
          if (!root || root.nodeName.toLowerCase() !== 'svg' || doc.getElementsByTagName('parsererror').length) return;
          var old = figure.querySelector('svg');
          var fresh = document.importNode(root, true);
          if (old) old.parentNode.replaceChild(fresh, old); else figure.insertBefore(fresh, figure.firstChild);
          if (window.history && history.replaceState) {
            history.replaceState(history.state, '', withBbox(window.location.href, text).href);
          }
        })
        .catch(function (error) {
          if (error && error.name === 'AbortError') return;
          var map = current();
          if (map) map.svg.setAttribute('viewBox', map.svg.getAttribute('data-viewbox'));
        })
        .then(function () { if (mine === request) figure.removeAttribute('aria-busy'); });
    }

    // Zoom by `factor` (below 1 zooms in) keeping the point at fractions (fx, fy) in place.
    function zoomBox(map, factor, fx, fy) {
      var box = map.box;
      var lonSpan = (box.maxLon - box.minLon) * factor;
      var latSpan = (box.maxLat - box.minLat) * factor;
      if (factor < 1 && Math.min(lonSpan, latSpan) < MIN_SPAN) return null;
      var lon = box.minLon + fx * (box.maxLon - box.minLon);
      var lat = box.maxLat - fy * (box.maxLat - box.minLat);
      var minLon = lon - fx * lonSpan, maxLat = lat + fy * latSpan;
      return { minLon: minLon, minLat: maxLat - latSpan, maxLon: minLon + lonSpan, maxLat: maxLat };
    }

    function zoom(factor, fx, fy) {
      var map = current();
      if (!map) return;
      var box = zoomBox(map, factor, fx, fy);
      if (!box) return;
      preview(map, fx * map.width * (1 - factor), fy * map.height * (1 - factor), map.width * factor, map.height * factor);
      load(box);
    }

    figure.addEventListener('wheel', function (event) {
      var map = current();
      if (!map || !map.svg.contains(event.target)) return;
      event.preventDefault();
      var at = fraction(map, event.clientX, event.clientY);
      var step = event.deltaY > 0 ? 1.25 : 0.8;
      pendingZoom = pendingZoom ? { factor: pendingZoom.factor * step, fx: at.x, fy: at.y } : { factor: step, fx: at.x, fy: at.y };
      var factor = pendingZoom.factor;
      preview(map, at.x * map.width * (1 - factor), at.y * map.height * (1 - factor), map.width * factor, map.height * factor);
      clearTimeout(wheelTimer);
      wheelTimer = setTimeout(function () {
        var zoomed = pendingZoom;
        pendingZoom = null;
        var now = current();
        if (!now || !zoomed) return;
        var box = zoomBox(now, zoomed.factor, zoomed.fx, zoomed.fy);
        if (box) load(box); else now.svg.setAttribute('viewBox', now.svg.getAttribute('data-viewbox'));
      }, 250);
    }, { passive: false });

    figure.addEventListener('dblclick', function (event) {
      var map = current();
      if (!map || !map.svg.contains(event.target)) return;
      event.preventDefault();
      var at = fraction(map, event.clientX, event.clientY);
      zoom(0.5, at.x, at.y);
    });

    figure.addEventListener('pointerdown', function (event) {
      var map = current();
      if (!map || event.button !== 0 || !map.svg.contains(event.target)) return;
      drag = { map: map, x: event.clientX, y: event.clientY, moved: false, scale: fraction(map, event.clientX, event.clientY).scale };
    });

    window.addEventListener('pointermove', function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      drag.moved = true;
      event.preventDefault();
      preview(drag.map, -dx / drag.scale, -dy / drag.scale, drag.map.width, drag.map.height);
    });

    window.addEventListener('pointerup', function (event) {
      if (!drag) return;
      var done = drag;
      drag = null;
      if (!done.moved) return;
      suppressClick = true;
      setTimeout(function () { suppressClick = false; }, 0);
      var box = done.map.box;
      var dLon = (event.clientX - done.x) / done.scale / done.map.width * (box.maxLon - box.minLon);
      var dLat = (event.clientY - done.y) / done.scale / done.map.height * (box.maxLat - box.minLat);
      load({ minLon: box.minLon - dLon, minLat: box.minLat + dLat, maxLon: box.maxLon - dLon, maxLat: box.maxLat + dLat });
    });

    figure.addEventListener('dragstart', function (event) { event.preventDefault(); });

    // A drag that ends on a point or a cluster is not a click on its link.
    figure.addEventListener('click', function (event) {
      if (suppressClick) { event.preventDefault(); event.stopPropagation(); }
    }, true);

    var controls = document.createElement('div');
    controls.className = 'map-controls';
    [['+', 'Zoom in', 0.5], ['\u2212', 'Zoom out', 2]].forEach(function (spec) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-zoom';
      button.textContent = spec[0];
      button.setAttribute('aria-label', spec[1]);
      button.title = spec[1];
      button.addEventListener('click', function () { zoom(spec[2], 0.5, 0.5); });
      controls.appendChild(button);
    });
    figure.appendChild(controls);
  }

  function start() {
    var figures = document.querySelectorAll('figure.map[data-src]');
    for (var i = 0; i < figures.length; i++) initMap(figures[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
