// The review page's behaviour. Every value from the data goes into the page as text (textContent, attributes set by
// the DOM), never as HTML, so a line's text shows exactly as written whatever it contains.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('review-data').textContent);
  var lines = data.lines;
  var tbody = document.querySelector('#lines tbody');
  var search = document.getElementById('search');
  var fileFilter = document.getElementById('filter-file');
  var voiceFilter = document.getElementById('filter-voice');
  var statusFilter = document.getElementById('filter-status');
  var kindFilter = document.getElementById('filter-kind');
  var playNext = document.getElementById('play-next');
  var count = document.getElementById('count');
  var empty = document.getElementById('empty');

  var DEFAULT_VOICE = '\u0000default';
  var STATUS_LABEL = { 'new': 'New', changed: 'Changed', unchanged: 'Unchanged' };
  var rows = [];
  var selected = -1;
  // Where the selection was when a filter hid it: j/k go on from there rather than from the top.
  var anchor = -1;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function svgIcon(className, path) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', className);
    var shape = document.createElementNS(ns, 'path');
    shape.setAttribute('d', path);
    svg.appendChild(shape);
    return svg;
  }

  function formatSeconds(seconds) {
    if (!isFinite(seconds)) { return '–'; }
    if (seconds < 60) { return seconds.toFixed(2) + ' s'; }
    var minutes = Math.floor(seconds / 60);
    var rest = seconds - minutes * 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest.toFixed(1);
  }

  function formatClock(seconds) {
    if (!isFinite(seconds)) { seconds = 0; }
    var minutes = Math.floor(seconds / 60);
    var rest = seconds - minutes * 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest.toFixed(1);
  }

  function normalize(text) {
    return (text || '').normalize('NFKC').toLocaleLowerCase();
  }

  // ---- summary ---------------------------------------------------------------------------------------------------

  function renderSummary() {
    var s = data.summary;
    var summary = document.getElementById('summary');
    var items = [
      ['Lines', String(s.lines)],
      ['New', String(s.new)],
      ['Changed', String(s.changed)],
      ['Placeholder', String(s.placeholder)],
      ['Real', String(s.real)],
      ['Duration', formatClock(s.durationSeconds)],
      ['Cost', s.costText]
    ];
    items.forEach(function (item) {
      var group = el('div');
      group.appendChild(el('dt', null, item[0]));
      var value = el('dd', null, item[1]);
      value.setAttribute('data-summary', item[0].toLowerCase());
      group.appendChild(value);
      summary.appendChild(group);
    });
    document.getElementById('first-review').hidden = !data.firstReview;
    if (data.removed.length > 0) {
      var removed = document.getElementById('removed');
      removed.hidden = false;
      removed.querySelector('summary').textContent = data.removed.length === 1
        ? '1 line removed since the previous review'
        : data.removed.length + ' lines removed since the previous review';
      var list = removed.querySelector('ul');
      data.removed.forEach(function (line) {
        var item = el('li');
        item.appendChild(el('span', 'line-id', line.id));
        item.appendChild(document.createTextNode(' — '));
        item.appendChild(el('span', 'line-file', line.script));
        list.appendChild(item);
      });
    }
  }

  // ---- rows ------------------------------------------------------------------------------------------------------

  function buildRow(line, index) {
    var tr = el('tr', 'line');
    tr.setAttribute('data-index', String(index));
    tr.setAttribute('data-id', line.id);
    tr.setAttribute('data-script', line.script);
    tr.setAttribute('data-status', line.status);
    tr.setAttribute('data-kind', line.placeholder ? 'placeholder' : 'real');

    // Play button and the audio it drives.
    var playCell = el('td', 'play');
    var button = el('button', 'play-button');
    button.type = 'button';
    button.setAttribute('aria-label', 'Play ' + line.id);
    button.appendChild(svgIcon('icon-play', 'M4 2.5v11l9.5-5.5z'));
    button.appendChild(svgIcon('icon-pause', 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z'));
    var audio = el('audio');
    // No loading until the row comes near the screen (see the observer below): hundreds of media elements loading at
    // once keep a long review from opening for seconds. The duration shown comes from the WAV meanwhile.
    audio.preload = 'none';
    audio.src = line.audio;
    audio.setAttribute('data-expected-duration', line.durationSeconds === null ? '' : String(line.durationSeconds));
    playCell.appendChild(button);
    playCell.appendChild(audio);
    tr.appendChild(playCell);

    // Id and file.
    var idCell = el('td', 'line-cell');
    var id = el('div', 'line-id', line.id);
    id.title = 'key ' + line.key;
    idCell.appendChild(id);
    idCell.appendChild(el('div', 'line-file', line.script));
    tr.appendChild(idCell);

    // Text (direction from its own characters, language from the line) and prompt.
    var textCell = el('td', 'text-cell');
    var text = el('p', 'text', line.text);
    text.dir = 'auto';
    if (line.lang) { text.lang = line.lang; }
    textCell.appendChild(text);
    if (line.prompt) {
      var prompt = el('p', 'prompt', line.prompt);
      prompt.dir = 'auto';
      textCell.appendChild(prompt);
    }
    tr.appendChild(textCell);

    // Voice and language.
    var voiceCell = el('td', 'voice');
    voiceCell.appendChild(el('div', line.voice ? 'voice-name' : 'voice-name default', line.voice || 'default'));
    if (line.language) {
      var language = el('span', 'language', line.language);
      language.title = 'Language';
      voiceCell.appendChild(language);
    }
    tr.appendChild(voiceCell);

    // Waveform.
    var waveCell = el('td', 'wave');
    var canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', line.peaks.length ? 'Waveform of ' + line.id + '; click to seek' : 'No waveform for this file');
    waveCell.appendChild(canvas);
    var time = el('span', 'time', '');
    waveCell.appendChild(time);
    if (line.problem) {
      waveCell.appendChild(el('span', 'problem', line.problem));
    }
    tr.appendChild(waveCell);

    var duration = el('td', 'duration', line.durationSeconds === null ? '…' : formatSeconds(line.durationSeconds));
    tr.appendChild(duration);

    var statusCell = el('td', 'status');
    var badges = el('div', 'badges');
    badges.appendChild(el('span', 'badge ' + line.status, STATUS_LABEL[line.status]));
    badges.appendChild(el('span', 'badge ' + (line.placeholder ? 'placeholder' : 'real'), line.placeholder ? 'Placeholder' : 'Real'));
    statusCell.appendChild(badges);
    tr.appendChild(statusCell);

    tr.appendChild(el('td', 'cost', line.costText));

    var row = {
      line: line,
      index: index,
      tr: tr,
      button: button,
      audio: audio,
      canvas: canvas,
      time: time,
      duration: duration,
      haystack: normalize([line.text, line.id, line.prompt, line.script, line.voice].join('\n')),
      frame: 0
    };

    button.addEventListener('click', function () {
      select(index, false);
      toggle(row);
    });
    tr.addEventListener('click', function (event) {
      if (event.target.closest('button')) { return; }
      select(index, true);
    });
    canvas.addEventListener('click', function (event) {
      if (!isFinite(audio.duration) || audio.duration <= 0) { return; }
      var box = canvas.getBoundingClientRect();
      audio.currentTime = Math.max(0, Math.min(1, (event.clientX - box.left) / box.width)) * audio.duration;
      drawWave(row);
    });
    audio.addEventListener('loadedmetadata', function () {
      if (line.durationSeconds === null) { duration.textContent = formatSeconds(audio.duration); }
      updateTime(row);
    });
    audio.addEventListener('play', function () {
      // A row a filter or the search hides never plays (nothing on screen could stop it).
      if (tr.hidden) { audio.pause(); return; }
      rows.forEach(function (other) { if (other !== row && !other.audio.paused) { other.audio.pause(); } });
      tr.classList.add('playing');
      button.setAttribute('aria-label', 'Pause ' + line.id);
      animate(row);
    });
    audio.addEventListener('pause', function () { stopped(row); });
    audio.addEventListener('ended', function () {
      stopped(row);
      if (playNext.checked) {
        var next = neighbour(index, 1);
        if (next >= 0) { select(next, true); rows[next].audio.currentTime = 0; play(rows[next]); }
      }
    });
    audio.addEventListener('timeupdate', function () { updateTime(row); });
    audio.addEventListener('error', function () {
      if (!waveCell.querySelector('.problem')) { waveCell.appendChild(el('span', 'problem', 'The browser cannot play this file.')); }
    });
    return row;
  }

  // ---- playback --------------------------------------------------------------------------------------------------

  function play(row) {
    var started = row.audio.play();
    if (started && started.catch) {
      started.catch(function () { /* interrupted by a pause or refused by the browser: the button stays "play" */ });
    }
  }

  function toggle(row) {
    if (row.audio.paused) { play(row); } else { row.audio.pause(); }
  }

  function stopped(row) {
    row.tr.classList.remove('playing');
    row.button.setAttribute('aria-label', 'Play ' + row.line.id);
    cancelAnimationFrame(row.frame);
    updateTime(row);
    drawWave(row);
  }

  function animate(row) {
    cancelAnimationFrame(row.frame);
    var step = function () {
      drawWave(row);
      if (!row.audio.paused) { row.frame = requestAnimationFrame(step); }
    };
    row.frame = requestAnimationFrame(step);
  }

  function updateTime(row) {
    var total = isFinite(row.audio.duration) ? row.audio.duration : row.line.durationSeconds;
    row.time.textContent = formatClock(row.audio.currentTime) + ' / ' + formatClock(total);
  }

  // ---- waveform --------------------------------------------------------------------------------------------------

  var colours = null;

  // Bars are scaled to the loudest peak of the whole review, not of each line: lines keep their loudness relative to
  // one another (a line much quieter than the rest shows as such) while the waveforms fill their space.
  var loudest = lines.reduce(function (most, line) {
    return line.peaks.reduce(function (m, p) { return p > m ? p : m; }, most);
  }, 1);

  // Every canvas has the same CSS size: measured once (and again on resize), never per row, because reading a size
  // after a canvas was redrawn forces a layout of the whole table, which made a 500-line page take seconds to open.
  var canvasSize = null;

  function measureCanvas() {
    for (var i = 0; i < rows.length; i++) {
      if (!rows[i].tr.hidden && rows[i].canvas.clientWidth > 0) {
        canvasSize = { width: rows[i].canvas.clientWidth, height: rows[i].canvas.clientHeight };
        return;
      }
    }
  }

  function drawWave(row) {
    if (!canvasSize) { measureCanvas(); }
    if (!canvasSize) { return; }
    var canvas = row.canvas;
    var width = canvasSize.width;
    var height = canvasSize.height;
    var ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    if (!colours) {
      var style = getComputedStyle(document.documentElement);
      colours = { wave: style.getPropertyValue('--wave').trim(), played: style.getPropertyValue('--wave-played').trim() };
    }
    var context = canvas.getContext('2d');
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    var peaks = row.line.peaks;
    var middle = height / 2;
    var duration = row.audio.duration;
    var progress = isFinite(duration) && duration > 0 ? row.audio.currentTime / duration : 0;
    if (peaks.length === 0) {
      context.fillStyle = colours.wave;
      context.fillRect(0, middle - 0.5, width, 1);
      return;
    }
    var step = width / peaks.length;
    var bar = Math.max(1, step * 0.7);
    for (var i = 0; i < peaks.length; i++) {
      var x = i * step;
      var half = Math.max(0.5, (peaks[i] / loudest) * (middle - 1));
      context.fillStyle = (x + bar / 2) / width <= progress ? colours.played : colours.wave;
      context.fillRect(x, middle - half, bar, half * 2);
    }
  }

  // Waveforms are drawn when their row comes near the screen, so a long review opens at once.
  var onScreen = new Set();
  var observer = 'IntersectionObserver' in window
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var row = rows[Number(entry.target.getAttribute('data-row'))];
        if (entry.isIntersecting) {
          onScreen.add(row);
          drawWave(row);
          loadMetadata(row);
        } else {
          onScreen.delete(row);
        }
      });
    }, { rootMargin: '400px 0px' })
    : null;

  function loadMetadata(row) {
    var audio = row.audio;
    if (audio.preload === 'none') {
      audio.preload = 'metadata';
      if (audio.readyState === 0 && audio.paused) { audio.load(); }
    }
  }

  function drawAll() {
    if (!observer) { rows.forEach(function (row) { if (!row.tr.hidden) { drawWave(row); loadMetadata(row); } }); return; }
    onScreen.forEach(function (row) { if (!row.tr.hidden) { drawWave(row); } });
  }

  // ---- filters ---------------------------------------------------------------------------------------------------

  function fillSelect(select, values, label) {
    values.forEach(function (value) {
      var option = el('option', null, label(value));
      option.value = value;
      select.appendChild(option);
    });
  }

  function distinct(values) {
    var seen = Object.create(null);
    var out = [];
    values.forEach(function (value) { if (!(value in seen)) { seen[value] = true; out.push(value); } });
    return out;
  }

  function matches(row) {
    var line = row.line;
    if (fileFilter.value && line.script !== fileFilter.value) { return false; }
    if (voiceFilter.value && (line.voice || DEFAULT_VOICE) !== voiceFilter.value) { return false; }
    var status = statusFilter.value;
    if (status === 'new-or-changed' ? line.status === 'unchanged' : status && line.status !== status) { return false; }
    if (kindFilter.value && (line.placeholder ? 'placeholder' : 'real') !== kindFilter.value) { return false; }
    var terms = normalize(search.value).split(/\s+/).filter(Boolean);
    for (var i = 0; i < terms.length; i++) {
      if (row.haystack.indexOf(terms[i]) < 0) { return false; }
    }
    return true;
  }

  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = matches(row);
      row.tr.hidden = !visible;
      if (visible) { shown++; }
      // A line that disappears stops: the page never plays what it does not show.
      else if (!row.audio.paused) { row.audio.pause(); }
    });
    count.textContent = shown === rows.length
      ? rows.length + (rows.length === 1 ? ' line' : ' lines')
      : 'Showing ' + shown + ' of ' + rows.length + ' lines';
    empty.hidden = shown > 0 || rows.length === 0;
    if (selected >= 0 && rows[selected].tr.hidden) {
      var hiddenAt = selected;
      select(-1, false);
      anchor = hiddenAt;
    }
    drawAll();
  }

  // ---- selection and keyboard ------------------------------------------------------------------------------------

  function select(index, focus) {
    if (selected >= 0) {
      rows[selected].tr.classList.remove('selected');
      rows[selected].tr.removeAttribute('aria-current');
    }
    selected = index;
    anchor = -1;
    if (index < 0) { return; }
    var row = rows[index];
    row.tr.classList.add('selected');
    row.tr.setAttribute('aria-current', 'true');
    if (focus) {
      // Focus follows the selection, so space (which presses the focused button) plays the selected line.
      row.button.focus({ preventScroll: true });
      row.tr.scrollIntoView({ block: 'nearest' });
    }
  }

  // The next (direction 1) or previous (-1) visible row from index; -1 when there is none.
  function neighbour(index, direction) {
    for (var i = index + direction; i >= 0 && i < rows.length; i += direction) {
      if (!rows[i].tr.hidden) { return i; }
    }
    return -1;
  }

  function firstVisible() {
    return neighbour(-1, 1);
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    var tag = target && target.tagName;
    if ((tag === 'INPUT' && target.type !== 'checkbox') || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (event.key === 'Escape') { target.blur(); }
      return;
    }
    if (event.key === 'j' || event.key === 'k') {
      var direction = event.key === 'j' ? 1 : -1;
      var from = selected >= 0 ? selected : anchor;
      var next = from < 0 ? firstVisible() : neighbour(from, direction);
      if (next < 0 && selected < 0) { next = direction > 0 ? firstVisible() : neighbour(rows.length, -1); }
      if (next >= 0) { select(next, true); }
      event.preventDefault();
    } else if (event.key === ' ' || event.key === 'Spacebar') {
      // A focused button handles space itself (a play button of the selected row, or a control).
      if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'INPUT') { return; }
      if (selected < 0) { select(firstVisible(), true); }
      if (selected >= 0) { toggle(rows[selected]); }
      event.preventDefault();
    } else if (event.key === '/') {
      search.focus();
      search.select();
      event.preventDefault();
    }
  });

  // ---- start -----------------------------------------------------------------------------------------------------

  renderSummary();
  var fragment = document.createDocumentFragment();
  lines.forEach(function (line, index) {
    var row = buildRow(line, index);
    rows.push(row);
    fragment.appendChild(row.tr);
  });
  tbody.appendChild(fragment);

  fillSelect(fileFilter, distinct(lines.map(function (l) { return l.script; })), function (v) { return v; });
  fillSelect(voiceFilter, distinct(lines.map(function (l) { return l.voice || DEFAULT_VOICE; })),
    function (v) { return v === DEFAULT_VOICE ? 'Default voice' : v; });
  [fileFilter, voiceFilter, statusFilter, kindFilter].forEach(function (control) {
    control.addEventListener('change', applyFilters);
  });
  search.addEventListener('input', applyFilters);
  window.addEventListener('resize', function () { canvasSize = null; drawAll(); });
  if (window.matchMedia) {
    // The waveform colours come from the theme: read them again when the system switches between light and dark.
    var dark = window.matchMedia('(prefers-color-scheme: dark)');
    var retheme = function () { colours = null; drawAll(); };
    if (dark.addEventListener) { dark.addEventListener('change', retheme); } else if (dark.addListener) { dark.addListener(retheme); }
  }
  if (observer) {
    rows.forEach(function (row) {
      row.canvas.setAttribute('data-row', String(row.index));
      observer.observe(row.canvas);
    });
  }
  rows.forEach(updateTime);
  applyFilters();
  document.documentElement.setAttribute('data-ready', 'true');
})();
