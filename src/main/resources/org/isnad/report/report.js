(function () {
  'use strict';
  // Isnad analyst report. Everything from the data is put into the page with textContent,
  // createTextNode or setAttribute on fixed attribute names; never as markup.
  var DATA = JSON.parse(document.getElementById('isnad-data').textContent);
  var PAGE = 50;
  var TIMELINE_PAGE = 100;
  var NETWORK_EDGES = 40;
  var ENTITY_TYPES = { PER: 'شخص', ORG: 'منظمة', GPE: 'كيان سياسي', LOC: 'مكان', NORP: 'جنسية أو جماعة' };
  var KINDS = { direct: 'مباشر', indirect: 'غير مباشر', mixed: 'مختلط' };
  var MODALITIES = { asserted: 'واقع', future: 'مستقبلي', negated: 'منفي', hypothetical: 'افتراضي' };
  var ROLES = { source: 'المصدر', target: 'الهدف', participant: 'مشارك', time: 'الزمن', place: 'المكان' };
  var GLOSSES = {};
  var CATEGORIES = {};
  (function () {
    var items = document.querySelectorAll('#category-legend li');
    for (var i = 0; i < items.length; i++) {
      var code = items[i].querySelector('.code').textContent;
      GLOSSES[code] = items[i].querySelector('bdi').textContent;
    }
    DATA.categories.forEach(function (c) { CATEGORIES[c] = true; });
  })();
  // Spans come as arrays ([begin, end, type, id] for an entity, see DocumentReport); a document
  // is unpacked into objects when it is first needed.
  var unpacked = [];
  function span(a) { return { begin: a[0], end: a[1] }; }
  function docAt(d) {
    if (!unpacked[d]) {
      var raw = DATA.documents[d];
      unpacked[d] = {
        name: raw.name, date: raw.date, tokens: raw.tokens, text: raw.text,
        entities: raw.entities.map(function (a) { return { begin: a[0], end: a[1], type: a[2], id: a[3] }; }),
        times: raw.times.map(function (a) { return { begin: a[0], end: a[1], value: a[2] }; }),
        quotes: raw.quotes.map(function (a) {
          return { begin: a[0], end: a[1], kind: a[2], speaker: a[3], speakerKey: a[4],
            sources: a[5].map(span), cues: a[6].map(span) };
        }),
        events: raw.events.map(function (a) {
          return { begin: a[0], end: a[1], category: a[2], mode: a[3], modality: a[4], eventId: a[5],
            arguments: a[6].map(function (g) {
              return { role: g[0], begin: g[1], end: g[2], key: g[3], type: g[4], value: g[5] };
            }) };
        })
      };
    }
    return unpacked[d];
  }
  var actorsByKey = {};
  DATA.actors.forEach(function (a) { actorsByKey[a.key] = a; });

  // ---------------------------------------------------------------- helpers
  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    append(node, children);
    return node;
  }
  function append(node, children) {
    if (children === undefined || children === null) { return node; }
    if (!(children instanceof Array)) { children = [children]; }
    children.forEach(function (child) {
      if (child === null || child === undefined) { return; }
      if (child instanceof Array) { append(node, child); return; }
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    });
    return node;
  }
  function bdi(text, dir) {
    var node = el('bdi', null, text);
    if (dir) { node.setAttribute('dir', dir); }
    return node;
  }
  function svg(tag, attributes) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, String(attributes[name])); });
    return node;
  }
  function oneOf(value, allowed, fallback) {
    return Object.prototype.hasOwnProperty.call(allowed, value) ? value : fallback;
  }
  function catClass(category) { return 'cat-' + oneOf(category, CATEGORIES, 'OTHER'); }
  function entClass(type) { return 'ent-' + oneOf(type, ENTITY_TYPES, 'OTHER'); }
  function gloss(category) { return GLOSSES[category] || category || '؟'; }
  function actorName(key) {
    var actor = actorsByKey[key];
    if (actor && actor.name) { return actor.name; }
    return String(key).replace(/^text:/, '');
  }
  function slice(d, begin, end) { return DATA.documents[d].text.substring(begin, end); }
  function excerpt(text, max) {
    text = text.replace(/\s+/g, ' ').trim();
    return text.length > max ? text.substring(0, max - 1) + '…' : text;
  }
  /** Arabic counting: one and two have their own forms (حدث واحد، حدثان), then "n أحداث". */
  function plural(n, one, two, many) { return n === 1 ? one : n === 2 ? two : n + ' ' + many; }
  /** Arabic-aware search key: no diacritics or tatweel, one alef, ya and ta marbuta folded. */
  function norm(text) {
    return String(text || '').toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A')
      .replace(/\u0629/g, '\u0647');
  }

  // ---------------------------------------------------------------- the filter box
  var query = '';
  var views = [];
  var filterInput = document.getElementById('filter');
  function matches(text) { return !query || norm(text).indexOf(query) >= 0; }
  function applyFilter() {
    var q = norm(filterInput.value.trim());
    if (q === query) { return; }
    query = q;
    views.forEach(function (view) { view.refresh(); });
  }
  ['input', 'keyup', 'change', 'search'].forEach(function (type) {
    filterInput.addEventListener(type, applyFilter);
  });
  function setFilter(text) {
    filterInput.value = text;
    applyFilter();
  }

  // ---------------------------------------------------------------- sortable, paged tables
  /**
   * options: id, rows, columns [{title, value(row) for sorting, cell(row) -> node or text, numeric}],
   * search(row) -> text the filter looks at, sort (column index), descending, detail(row) -> node,
   * page (rows shown at first and added by «more»).
   */
  function DataTable(container, options) {
    this.container = container;
    this.options = options;
    this.sortColumn = options.sort === undefined ? -1 : options.sort;
    this.descending = !!options.descending;
    this.page = options.page || PAGE;
    this.shown = this.page;
    this.open = {};
    views.push(this);
    this.refresh();
  }
  DataTable.prototype.refresh = function () {
    var self = this;
    var options = this.options;
    var rows = options.rows.filter(function (row) { return matches(options.search(row)); });
    if (this.sortColumn >= 0) {
      var column = options.columns[this.sortColumn];
      var sign = this.descending ? -1 : 1;
      rows = rows.map(function (row, i) { return { row: row, i: i }; });
      rows.sort(function (a, b) {
        var x = column.value(a.row);
        var y = column.value(b.row);
        var c;
        if (column.numeric) { c = (x || 0) - (y || 0); }
        else { c = String(x === null || x === undefined ? '' : x).localeCompare(String(y === null || y === undefined ? '' : y)); }
        return c !== 0 ? sign * c : a.i - b.i;
      });
      rows = rows.map(function (entry) { return entry.row; });
    }
    var table = el('table', 'data');
    table.id = options.id;
    var head = el('tr');
    options.columns.forEach(function (column, index) {
      var th = el('th', column.numeric ? 'num' : null);
      th.setAttribute('scope', 'col');
      if (column.value) {
        var button = el('button', null, column.title);
        button.type = 'button';
        button.addEventListener('click', function () {
          if (self.sortColumn === index) { self.descending = !self.descending; }
          else { self.sortColumn = index; self.descending = !!column.numeric; }
          self.refresh();
        });
        th.appendChild(button);
        th.setAttribute('aria-sort', self.sortColumn === index ? (self.descending ? 'descending' : 'ascending') : 'none');
      }
      else {
        append(th, column.title);
      }
      head.appendChild(th);
    });
    table.appendChild(el('thead', null, head));
    var body = el('tbody');
    rows.slice(0, this.shown).forEach(function (row) {
      var tr = el('tr');
      if (options.key) { tr.setAttribute('data-key', options.key(row)); }
      if (options.current && options.current(row)) { tr.className = 'current'; }
      options.columns.forEach(function (column) {
        tr.appendChild(el('td', column.numeric ? 'num' : null, column.cell(row, self)));
      });
      body.appendChild(tr);
      if (options.detail && self.open[options.key(row)]) {
        var td = el('td', null, options.detail(row));
        td.setAttribute('colspan', String(options.columns.length));
        body.appendChild(el('tr', 'detail', td));
      }
    });
    table.appendChild(body);
    var parts = [table];
    parts.push(el('p', 'count', [bdi(String(Math.min(this.shown, rows.length))), ' من ',
      bdi(String(rows.length)), query ? ' (بعد التصفية)' : '']));
    if (rows.length > this.shown) {
      var more = el('button', 'more', 'عرض المزيد');
      more.type = 'button';
      more.addEventListener('click', function () { self.shown += self.page; self.refresh(); });
      parts.push(more);
    }
    this.container.textContent = '';
    append(this.container, parts);
  };
  DataTable.prototype.toggle = function (key) {
    this.open[key] = !this.open[key];
    this.refresh();
  };

  // Static tables (failures) sort by their cells' text.
  function makeSortable(table) {
    var headers = table.querySelectorAll('th');
    Array.prototype.forEach.call(headers, function (th, index) {
      var label = th.textContent;
      th.textContent = '';
      var button = el('button', null, label);
      button.type = 'button';
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') === 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var c = a.cells[index].textContent.localeCompare(b.cells[index].textContent);
          return descending ? -c : c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
      th.appendChild(button);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);

  // ---------------------------------------------------------------- links into the documents
  function mentionLink(d, kind, index, label) {
    var a = el('a', kind === 'q' ? 'qlink' : 'elink', label);
    a.setAttribute('href', '#d' + d + '-' + kind + index);
    a.addEventListener('click', function (event) {
      event.preventDefault();
      jumpTo(d, kind, index);
    });
    return a;
  }
  function documentName(d) { return bdi(DATA.documents[d].name, 'ltr'); }

  // ---------------------------------------------------------------- speakers
  function speakerLabel(speaker) {
    return speaker.name ? bdi(speaker.name) : el('span', 'unknown', 'متحدث غير معروف');
  }
  function speakerQuotes(speaker, limit) {
    var list = el('ol', 'quotes');
    speaker.quotes.slice(0, limit).forEach(function (ref) {
      var quote = docAt(ref[0]).quotes[ref[1]];
      list.appendChild(el('li', null, [
        mentionLink(ref[0], 'q', ref[1], bdi('«' + excerpt(slice(ref[0], quote.begin, quote.end), 160) + '»')),
        ' ', el('span', 'kind', KINDS[quote.kind] || quote.kind || '؟'),
        ' ', el('span', 'docname', documentName(ref[0]))]));
    });
    return list;
  }
  var speakersTable = null;
  speakersTable = new DataTable(document.getElementById('speakers-view'), {
    id: 'speakers-table',
    page: 25,
    rows: DATA.speakers,
    key: function (s) { return s.key; },
    search: function (s) { return (s.name || 'متحدث غير معروف') + ' ' + s.key; },
    sort: 1, descending: true,
    columns: [
      { title: 'المتحدث', value: function (s) { return s.name || ''; }, cell: speakerLabel },
      { title: 'الاقتباسات', numeric: true, value: function (s) { return s.quotations; }, cell: function (s) { return String(s.quotations); } },
      { title: 'مباشر', numeric: true, value: function (s) { return s.direct; }, cell: function (s) { return String(s.direct); } },
      { title: 'غير مباشر', numeric: true, value: function (s) { return s.indirect; }, cell: function (s) { return String(s.indirect); } },
      { title: 'مختلط', numeric: true, value: function (s) { return s.mixed; }, cell: function (s) { return String(s.mixed); } },
      { title: 'الوثائق', numeric: true, value: function (s) { return s.documents; }, cell: function (s) { return String(s.documents); } },
      { title: 'الأقوال', cell: function (s, table) {
        var button = el('button', 'toggle', (table.open[s.key] ? 'إخفاء' : 'عرض') + ' الأقوال');
        button.type = 'button';
        button.setAttribute('aria-expanded', table.open[s.key] ? 'true' : 'false');
        button.addEventListener('click', function () { table.toggle(s.key); });
        return button;
      } }
    ],
    detail: function (s) {
      var box = el('div', 'speaker-quotes');
      var shown = 20;
      function draw() {
        box.textContent = '';
        box.appendChild(speakerQuotes(s, shown));
        if (s.quotes.length > shown) {
          var more = el('button', 'more', 'أقوال أخرى (' + (s.quotes.length - shown) + ')');
          more.type = 'button';
          more.addEventListener('click', function () { shown += 50; draw(); });
          box.appendChild(more);
        }
      }
      draw();
      return box;
    }
  });

  // ---------------------------------------------------------------- events timeline
  function actorList(keys) {
    var parts = [];
    keys.forEach(function (key, i) {
      if (i > 0) { parts.push('، '); }
      parts.push(bdi(actorName(key)));
    });
    return parts;
  }
  function eventSearchText(e) {
    return [e.category, gloss(e.category), e.trigger].concat(e.modes)
      .concat(e.sources.concat(e.targets, e.participants, e.places).map(actorName)).join(' ');
  }
  function renderEvent(e) {
    var modality = e.modalities.length ? e.modalities[0] : 'asserted';
    var item = el('li', 'tl-event ' + catClass(e.category) + ' mod-' + oneOf(modality, MODALITIES, 'asserted'));
    item.setAttribute('data-event', e.id);
    var line = el('div', 'tl-line', [
      el('span', 'tl-cat', [el('span', 'swatch'), bdi(gloss(e.category)), ' ', bdi(e.category || '?', 'ltr')]),
      e.modes.length ? [' · ', bdi(e.modes.join('، '), 'ltr')] : null, ' ']);
    e.modalities.forEach(function (m) { append(line, [el('span', 'modality', MODALITIES[m] || m), ' ']); });
    var actors = el('span', 'tl-actors');
    if (e.sources.length || e.targets.length) {
      append(actors, actorList(e.sources.length ? e.sources : []));
      if (!e.sources.length) { actors.appendChild(el('span', 'unknown', '؟')); }
      // the arrow points from the source (read first, on the right) to the target
      actors.appendChild(el('span', 'arrow', '←'));
      append(actors, e.targets.length ? actorList(e.targets) : el('span', 'unknown', '؟'));
    }
    if (e.participants.length) { append(actors, [' مع ', actorList(e.participants)]); }
    line.appendChild(actors);
    item.appendChild(line);
    var meta = el('div', 'tl-meta');
    if (e.dateSource === 'document') {
      var derived = el('span', 'derived', '≈ تاريخ الوثيقة · ');
      derived.setAttribute('title', 'لا تعبير زمني للحدث؛ التاريخ تاريخ الوثيقة');
      meta.appendChild(derived);
    }
    append(meta, ['«', bdi(e.trigger || ''), '»']);
    if (e.places.length) { append(meta, [' في ', actorList(e.places)]); }
    append(meta, ' · ' + plural(e.mentions.length, 'إشارة واحدة', 'إشارتان', 'إشارات') + ': ');
    var previous = -1;
    var inDocument = 0;
    e.mentions.slice(0, 12).forEach(function (ref) {
      // the document's name on its first mention, then (2), (3) ... for further mentions in it
      inDocument = ref[0] === previous ? inDocument + 1 : 1;
      previous = ref[0];
      meta.appendChild(mentionLink(ref[0], 'e', ref[1], inDocument === 1 ? documentName(ref[0])
        : bdi('(' + inDocument + ')', 'ltr')));
      meta.appendChild(document.createTextNode(' '));
    });
    if (e.mentions.length > 12) { append(meta, '…'); }
    item.appendChild(meta);
    return item;
  }
  var timeline = {
    container: document.getElementById('timeline'),
    shown: TIMELINE_PAGE,
    refresh: function () {
      var self = this;
      var events = DATA.events.filter(function (e) { return matches(eventSearchText(e)); });
      var list = el('ol', 'timeline');
      list.id = 'timeline-list';
      var group = null;
      var groupDate;
      events.slice(0, this.shown).forEach(function (e) {
        var date = e.date || '';
        if (group === null || date !== groupDate) {
          groupDate = date;
          var when = el('div', 'tl-when');
          if (date) {
            var time = el('time', null, date);
            time.setAttribute('datetime', date);
            when.appendChild(time);
          }
          else {
            when.appendChild(el('span', 'unknown', 'بلا تاريخ'));
          }
          var item = el('li', 'tl-date', when);
          group = el('ul', 'tl-events');
          item.appendChild(group);
          list.appendChild(item);
        }
        group.appendChild(renderEvent(e));
      });
      var parts = [list, el('p', 'count', [bdi(String(Math.min(this.shown, events.length))), ' من ',
        bdi(String(events.length)), ' حدثًا', query ? ' (بعد التصفية)' : ''])];
      if (events.length > this.shown) {
        var more = el('button', 'more', 'عرض المزيد');
        more.type = 'button';
        more.addEventListener('click', function () { self.shown += TIMELINE_PAGE; self.refresh(); });
        parts.push(more);
      }
      this.container.textContent = '';
      append(this.container, parts);
    }
  };
  views.push(timeline);
  timeline.refresh();

  // ---------------------------------------------------------------- actors network
  function edgeSearchText(edge) {
    return [actorName(edge.source), actorName(edge.target)].concat(edge.categories)
      .concat(edge.categories.map(gloss)).join(' ');
  }
  function firstStrongIsArabic(text) {
    var m = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFEFC]/.exec(text);
    return m !== null && m[0] >= '\u0590';
  }
  var network = {
    container: document.getElementById('network'),
    refresh: function () {
      this.container.textContent = '';
      var edges = DATA.edges.filter(function (edge) { return matches(edgeSearchText(edge)); })
        .slice(0, NETWORK_EDGES);
      if (!edges.length) {
        this.container.appendChild(el('p', 'hint', 'لا علاقات بين فاعلين' + (query ? ' بعد التصفية.' : '.')));
        return;
      }
      var weightByKey = {};
      var keys = [];
      edges.forEach(function (edge) {
        [edge.source, edge.target].forEach(function (key) {
          if (!(key in weightByKey)) { weightByKey[key] = 0; keys.push(key); }
          weightByKey[key] += edge.events;
        });
      });
      var width = 1000;
      var height = keys.length > 30 ? 900 : keys.length > 12 ? 720 : 520;
      var cx = width / 2;
      var cy = height / 2;
      var radius = Math.min(cx, cy) - 110;
      var position = {};
      keys.forEach(function (key, i) {
        var angle = -Math.PI / 2 + 2 * Math.PI * i / keys.length;
        position[key] = { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle),
          r: 7 + Math.min(14, 3 * Math.sqrt(weightByKey[key])) };
      });
      var maxWeight = edges[0].events;
      var root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', id: 'network-svg' });
      root.appendChild(svg('title')).appendChild(document.createTextNode('شبكة الفاعلين: من المصدر إلى الهدف'));
      var defs = svg('defs');
      root.appendChild(defs);
      var markers = {};
      function marker(cls) {
        if (!markers[cls]) {
          markers[cls] = 'arrow-' + cls;
          var m = svg('marker', { id: markers[cls], viewBox: '0 0 10 10', refX: 9, refY: 5,
            markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto', 'class': cls });
          m.appendChild(svg('path', { d: 'M0,0 L10,5 L0,10 z', 'class': 'arrowhead' }));
          defs.appendChild(m);
        }
        return markers[cls];
      }
      var edgeLayer = svg('g', { 'class': 'edges' });
      var nodeLayer = svg('g', { 'class': 'nodes' });
      root.appendChild(edgeLayer);
      root.appendChild(nodeLayer);
      edges.forEach(function (edge) {
        var a = position[edge.source];
        var b = position[edge.target];
        var dx = b.x - a.x;
        var dy = b.y - a.y;
        var length = Math.sqrt(dx * dx + dy * dy) || 1;
        // a slight bend keeps A→B and B→A apart
        var mx = (a.x + b.x) / 2 - dy * 0.12;
        var my = (a.y + b.y) / 2 + dx * 0.12;
        var ex = b.x - dx / length * (b.r + 2);
        var ey = b.y - dy / length * (b.r + 2);
        var cls = edge.categories.length === 1 ? catClass(edge.categories[0]) : 'cat-OTHER';
        var path = svg('path', { d: 'M' + a.x.toFixed(1) + ',' + a.y.toFixed(1) + ' Q' + mx.toFixed(1) + ',' + my.toFixed(1)
          + ' ' + ex.toFixed(1) + ',' + ey.toFixed(1), 'class': 'edge ' + cls,
          'stroke-width': (1.2 + 5 * edge.events / maxWeight).toFixed(2), 'marker-end': 'url(#' + marker(cls) + ')' });
        path.appendChild(svg('title')).appendChild(document.createTextNode(actorName(edge.source) + ' ← '
          + actorName(edge.target) + ': ' + plural(edge.events, 'حدث واحد', 'حدثان', 'أحداث') + ' (' + edge.categories.join('، ') + ')'));
        edgeLayer.appendChild(path);
        if (edge.events > 1) {
          var label = svg('text', { x: mx.toFixed(1), y: my.toFixed(1), 'class': 'edge-label', 'text-anchor': 'middle' });
          label.appendChild(document.createTextNode(String(edge.events)));
          edgeLayer.appendChild(label);
        }
      });
      keys.forEach(function (key) {
        var p = position[key];
        var actor = actorsByKey[key] || {};
        var name = actorName(key);
        var g = svg('g', { 'class': 'node ' + oneOf(actor.type, ENTITY_TYPES, 'OTHER'), tabindex: 0, 'data-actor': key });
        g.appendChild(svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: p.r.toFixed(1) }));
        var right = p.x >= cx;
        var rtl = firstStrongIsArabic(name);
        var text = svg('text', { x: (p.x + (right ? 1 : -1) * (p.r + 5)).toFixed(1), y: (p.y + 4).toFixed(1),
          direction: rtl ? 'rtl' : 'ltr', 'text-anchor': right === !rtl ? 'start' : 'end' });
        text.appendChild(document.createTextNode(name));
        g.appendChild(text);
        g.appendChild(svg('title')).appendChild(document.createTextNode(name + ': '
          + plural(actor.events || 0, 'حدث واحد', 'حدثان', 'أحداث')));
        g.addEventListener('click', function () { setFilter(name); });
        g.addEventListener('keydown', function (event) { if (event.key === 'Enter') { setFilter(name); } });
        nodeLayer.appendChild(g);
      });
      this.container.appendChild(root);
    }
  };
  views.push(network);
  network.refresh();

  new DataTable(document.getElementById('edges-view'), {
    id: 'edges-table',
    page: 15,
    rows: DATA.edges,
    search: edgeSearchText,
    sort: 2, descending: true,
    columns: [
      { title: 'المصدر', value: function (e) { return actorName(e.source); }, cell: function (e) { return bdi(actorName(e.source)); } },
      { title: 'الهدف', value: function (e) { return actorName(e.target); }, cell: function (e) { return bdi(actorName(e.target)); } },
      { title: 'الأحداث', numeric: true, value: function (e) { return e.events; }, cell: function (e) { return String(e.events); } },
      { title: 'الفئات', value: function (e) { return e.categories.join(' '); }, cell: function (e) {
        var parts = [];
        e.categories.forEach(function (c, i) {
          if (i > 0) { parts.push(' '); }
          parts.push(el('span', catClass(c), [el('span', 'swatch'), bdi(gloss(c))]));
        });
        return el('span', null, parts);
      } }
    ]
  });

  // ---------------------------------------------------------------- documents
  var searchTexts = [];
  function documentSearchText(d) {
    if (searchTexts[d] === undefined) {
      var doc = docAt(d);
      var parts = [doc.name];
      doc.quotes.forEach(function (q) { parts.push(q.speaker || ''); });
      doc.events.forEach(function (e) {
        parts.push(e.category || '', gloss(e.category));
        e.arguments.forEach(function (a) { if (a.key) { parts.push(actorName(a.key)); } });
      });
      doc.entities.forEach(function (n) { parts.push(doc.text.substring(n.begin, n.end)); });
      searchTexts[d] = parts.join(' ');
    }
    return searchTexts[d];
  }
  var currentDocument = -1;
  var documentRows = DATA.documents.map(function (doc, d) { return d; });
  var documentList = new DataTable(document.getElementById('doc-list'), {
    id: 'documents-table',
    rows: documentRows,
    key: function (d) { return String(d); },
    current: function (d) { return d === currentDocument; },
    search: documentSearchText,
    columns: [
      { title: 'الوثيقة', value: function (d) { return DATA.documents[d].name; }, cell: function (d) {
        var a = el('a', 'doclink', documentName(d));
        a.setAttribute('href', '#d' + d);
        a.addEventListener('click', function (event) { event.preventDefault(); openDocument(d, true); });
        return a;
      } },
      { title: 'اقتباسات', numeric: true, value: function (d) { return DATA.documents[d].quotes.length; }, cell: function (d) { return String(DATA.documents[d].quotes.length); } },
      { title: 'أحداث', numeric: true, value: function (d) { return DATA.documents[d].events.length; }, cell: function (d) { return String(DATA.documents[d].events.length); } },
      { title: 'كيانات', numeric: true, value: function (d) { return DATA.documents[d].entities.length; }, cell: function (d) { return String(DATA.documents[d].entities.length); } }
    ]
  });

  // Latin words, numbers with separators: isolated so that they keep their order in Arabic text.
  var LTR_RUN = /[A-Za-z0-9][A-Za-z0-9.,:\/+%_@#&'\u2019-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.,:\/+%_@#&'\u2019-]*)*/g;
  function appendText(parent, text) {
    var last = 0;
    var match;
    LTR_RUN.lastIndex = 0;
    while ((match = LTR_RUN.exec(text)) !== null) {
      if (!/[A-Za-z]|[0-9][^0-9]+[0-9]/.test(match[0])) { continue; }
      if (match.index > last) { parent.appendChild(document.createTextNode(text.substring(last, match.index))); }
      parent.appendChild(bdi(match[0]));
      last = match.index + match[0].length;
    }
    if (last < text.length) { parent.appendChild(document.createTextNode(text.substring(last))); }
  }

  var segments = [];
  function spansOf(doc) {
    var spans = [];
    var n = doc.text.length;
    function add(kind, index, begin, end, item) {
      begin = Math.max(0, Math.min(begin, n));
      end = Math.max(begin, Math.min(end, n));
      if (end > begin) { spans.push({ kind: kind, index: index, begin: begin, end: end, item: item }); }
    }
    doc.quotes.forEach(function (q, i) {
      add('q', i, q.begin, q.end, q);
      q.sources.forEach(function (s) { add('src', i, s.begin, s.end, q); });
      q.cues.forEach(function (s) { add('cue', i, s.begin, s.end, q); });
    });
    doc.entities.forEach(function (x, i) { add('ent', i, x.begin, x.end, x); });
    doc.times.forEach(function (x, i) { add('tmx', i, x.begin, x.end, x); });
    doc.events.forEach(function (x, i) { add('e', i, x.begin, x.end, x); });
    return spans;
  }
  function segmentClasses(active) {
    var classes = [];
    active.forEach(function (s) {
      if (s.kind === 'q') { classes.push('quote', 'q-' + oneOf(s.item.kind, KINDS, 'other')); }
      else if (s.kind === 'src') { classes.push('src'); }
      else if (s.kind === 'cue') { classes.push('cue'); }
      else if (s.kind === 'ent') { classes.push('ent', entClass(s.item.type)); }
      else if (s.kind === 'tmx') { classes.push('tmx'); }
      else if (s.kind === 'e') { classes.push('evt', catClass(s.item.category)); }
    });
    return classes.join(' ');
  }
  function describe(d, s) {
    var doc = docAt(d);
    var text = doc.text.substring(s.begin, s.end);
    if (s.kind === 'q' || s.kind === 'src' || s.kind === 'cue') {
      var q = s.item;
      var cue = q.cues.map(function (c) { return doc.text.substring(c.begin, c.end); }).join('، ');
      return 'اقتباس ' + (KINDS[q.kind] || '') + ' — المتحدث: ' + (q.speaker || 'غير معروف') + (cue ? ' — فعل القول: ' + cue : '');
    }
    if (s.kind === 'ent') { return (ENTITY_TYPES[s.item.type] || s.item.type || 'كيان') + ': ' + text; }
    if (s.kind === 'tmx') { return 'زمن: ' + text + (s.item.value ? ' = ' + s.item.value : ''); }
    var e = s.item;
    return 'حدث ' + gloss(e.category) + ' (' + (e.category || '?') + (e.mode ? ', ' + e.mode : '') + ') — '
      + (MODALITIES[e.modality] || e.modality || '');
  }
  function renderText(d) {
    var doc = docAt(d);
    var container = el('div', 'doc-text');
    container.setAttribute('dir', 'rtl');
    container.setAttribute('lang', 'ar');
    var spans = spansOf(doc);
    var bounds = [0, doc.text.length];
    spans.forEach(function (s) { bounds.push(s.begin, s.end); });
    bounds.sort(function (a, b) { return a - b; });
    spans.sort(function (a, b) { return a.begin - b.begin || b.end - a.end; });
    segments = [];
    var firsts = {};
    var active = [];
    var next = 0;
    for (var i = 0; i + 1 < bounds.length; i++) {
      var from = bounds[i];
      var to = bounds[i + 1];
      if (to <= from) { continue; }
      active = active.filter(function (s) { return s.end > from; });
      while (next < spans.length && spans[next].begin <= from) {
        if (spans[next].end > from) { active.push(spans[next]); }
        next++;
      }
      var text = doc.text.substring(from, to);
      if (!active.length) { appendText(container, text); continue; }
      var seg = el('span', segmentClasses(active));
      appendText(seg, text);
      seg.setAttribute('data-seg', String(segments.length));
      segments.push(active.slice());
      seg.setAttribute('title', active.map(function (s) { return describe(d, s); }).join('\n'));
      active.forEach(function (s) {
        if (s.kind === 'q' || s.kind === 'e') {
          seg.setAttribute('data-' + s.kind, String(s.index));
          var id = 'd' + d + '-' + s.kind + s.index;
          if (!firsts[id]) { firsts[id] = true; seg.id = id; seg.setAttribute('tabindex', '-1'); }
        }
      });
      container.appendChild(seg);
    }
    container.addEventListener('click', function (event) {
      var target = event.target;
      while (target && target !== container && !target.getAttribute('data-seg')) { target = target.parentNode; }
      if (target && target !== container) { showInfo(d, segments[Number(target.getAttribute('data-seg'))]); }
    });
    container.addEventListener('mouseover', function (event) { highlightQuote(container, event.target, true); });
    container.addEventListener('mouseout', function (event) { highlightQuote(container, event.target, false); });
    return container;
  }
  function highlightQuote(container, target, on) {
    while (target && target !== container && target.getAttribute && !target.getAttribute('data-q')) { target = target.parentNode; }
    if (!target || target === container || !target.getAttribute) { return; }
    var parts = container.querySelectorAll('[data-q="' + Number(target.getAttribute('data-q')) + '"]');
    Array.prototype.forEach.call(parts, function (part) {
      if (on) { part.classList.add('hl'); } else { part.classList.remove('hl'); }
    });
  }
  function field(dl, term, value) {
    if (value === null || value === undefined || value === '' || (value instanceof Array && !value.length)) { return; }
    dl.appendChild(el('dt', null, term));
    dl.appendChild(el('dd', null, typeof value === 'string' ? bdi(value) : value));
  }
  function showInfo(d, active) {
    var doc = docAt(d);
    var info = document.getElementById('doc-info');
    info.textContent = '';
    var seen = {};
    active.forEach(function (s) {
      var kind = s.kind === 'src' || s.kind === 'cue' ? 'q' : s.kind;
      if (seen[kind + s.index]) { return; }
      seen[kind + s.index] = true;
      var dl = el('dl');
      var item = s.item;
      if (kind === 'q') {
        info.appendChild(el('h4', null, 'اقتباس ' + (KINDS[item.kind] || '')));
        field(dl, 'المتحدث', item.speaker || 'غير معروف');
        field(dl, 'مصدر القول', item.sources.map(function (x) { return doc.text.substring(x.begin, x.end); }).join('، '));
        field(dl, 'فعل القول', item.cues.map(function (x) { return doc.text.substring(x.begin, x.end); }).join('، '));
        field(dl, 'النص', excerpt(doc.text.substring(item.begin, item.end), 300));
      }
      else if (kind === 'e') {
        info.appendChild(el('h4', catClass(item.category), [el('span', 'swatch'), 'حدث: ', bdi(gloss(item.category))]));
        field(dl, 'الفئة', bdi(item.category || '?', 'ltr'));
        field(dl, 'النمط', item.mode ? bdi(item.mode, 'ltr') : null);
        field(dl, 'الصيغة', MODALITIES[item.modality] || item.modality);
        item.arguments.forEach(function (a) {
          var value = doc.text.substring(a.begin, a.end) + (a.value ? ' (' + a.value + ')' : '');
          field(dl, ROLES[a.role] || a.role || 'دور', value);
        });
        field(dl, 'معرّف الحدث', item.eventId ? bdi(item.eventId, 'ltr') : null);
      }
      else if (kind === 'ent') {
        info.appendChild(el('h4', null, 'كيان: ' + (ENTITY_TYPES[item.type] || item.type || '')));
        field(dl, 'النص', doc.text.substring(item.begin, item.end));
        field(dl, 'المعرّف', item.id || null);
      }
      else {
        info.appendChild(el('h4', null, 'تعبير زمني'));
        field(dl, 'النص', doc.text.substring(item.begin, item.end));
        field(dl, 'القيمة', item.value ? bdi(item.value, 'ltr') : null);
      }
      info.appendChild(dl);
    });
  }
  function openDocument(d, focus) {
    if (d < 0 || d >= DATA.documents.length) { return; }
    var view = document.getElementById('doc-view');
    if (d !== currentDocument) {
      currentDocument = d;
      var doc = docAt(d);
      view.textContent = '';
      view.setAttribute('data-document', String(d));
      view.appendChild(el('h3', null, documentName(d)));
      var meta = el('p', 'doc-meta', [bdi(String(doc.tokens)), ' وحدة · ', bdi(String(doc.entities.length)), ' كيانًا · ',
        bdi(String(doc.quotes.length)), ' اقتباسًا · ', bdi(String(doc.events.length)), ' حدثًا']);
      if (doc.date) {
        var time = el('time', null, doc.date);
        time.setAttribute('datetime', doc.date);
        append(meta, [' · التاريخ: ', time]);
      }
      view.appendChild(meta);
      view.appendChild(renderText(d));
      documentList.refresh();
    }
    if (focus) {
      view.focus();
      if (view.scrollIntoView) { view.scrollIntoView(); }
      setHash('#d' + d);
    }
  }
  function setHash(hash) {
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, '', hash); } catch (ignored) { /* file: URLs in some browsers */ }
    }
  }
  function jumpTo(d, kind, index) {
    openDocument(d, false);
    var view = document.getElementById('doc-view');
    Array.prototype.forEach.call(view.querySelectorAll('.current'), function (node) { node.classList.remove('current'); });
    var target = document.getElementById('d' + d + '-' + kind + index);
    if (!target) { return; }
    Array.prototype.forEach.call(view.querySelectorAll('[data-' + kind + '="' + index + '"]'), function (node) {
      node.classList.add('current');
    });
    showInfo(d, segments[Number(target.getAttribute('data-seg'))].filter(function (s) {
      return s.index === index && (kind === 'q' ? s.kind === 'q' : s.kind === 'e');
    }));
    target.focus();
    if (target.scrollIntoView) { target.scrollIntoView({ block: 'center' }); }
    setHash('#d' + d + '-' + kind + index);
  }

  var hash = /^#d(\d+)(?:-([qe])(\d+))?$/.exec(window.location.hash || '');
  if (hash && hash[2]) { jumpTo(Number(hash[1]), hash[2], Number(hash[3])); }
  else if (hash) { openDocument(Number(hash[1]), true); }
  else if (DATA.documents.length) { openDocument(0, false); }
})();
