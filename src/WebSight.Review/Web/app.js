'use strict';
// The review app: grid with filters and paging, detail with decisions, the summary page (charts.js draws it). No
// framework, no network beyond this server. All text from the dataset goes in through textContent, never innerHTML.
(() => {
  const $ = (id) => document.getElementById(id);
  const pageSize = 60;
  const state = { offset: 0, total: 0, items: [], selected: 0, detailId: null, view: 'grid' };

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const shot = createShotTools({
    image: $('detail-image'), overlay: $('layout-overlay'), toggle: $('show-layout'), strip: $('viewports'), note: $('layout-note'),
  });

  async function api(path, options) {
    const response = await fetch(path, options);
    if (!response.ok) throw new Error(path + ': ' + response.status);
    return response.json();
  }

  function query() {
    const params = new URLSearchParams();
    const add = (key, value) => { if (value) params.set(key, value); };
    add('flag', $('flag-filter').value);
    add('topic', $('topic-filter').value);
    add('generator', $('generator-filter').value);
    add('status', $('status-filter').value);
    add('q', $('search').value.trim());
    params.set('offset', state.offset);
    params.set('limit', pageSize);
    return params;
  }

  function fillSelect(select, values, label) {
    const current = select.value;
    for (const option of Array.from(select.options)) if (option.dataset.dynamic) option.remove();
    for (const value of values) {
      const option = el('option', null, label ? label(value) : value);
      option.value = typeof value === 'string' ? value : value.flag;
      option.dataset.dynamic = '1';
      select.appendChild(option);
    }
    select.value = current;
  }

  async function refreshStatus() {
    const status = await api('/api/status');
    $('dataset').textContent = status.dataset + ' · ' + status.rows.toLocaleString() + ' rows';
    $('progress').textContent = status.analysisComplete
      ? 'images analysed'
      : 'analysing images ' + status.analysed.toLocaleString() + ' / ' + status.rows.toLocaleString();
    fillSelect($('flag-filter'), status.flags, (f) => f.flag + ' (' + f.count + ')');
    fillSelect($('topic-filter'), status.topics);
    fillSelect($('generator-filter'), status.generators);
    return status;
  }

  // Filters can change faster than replies arrive; only the newest request may fill the grid.
  let gridRequest = 0;
  async function loadGrid(keepSelection) {
    const request = ++gridRequest;
    const result = await api('/api/samples?' + query());
    if (request !== gridRequest) return;
    state.total = result.total;
    state.items = result.items;
    if (!keepSelection) state.selected = 0;
    state.selected = Math.min(state.selected, Math.max(0, state.items.length - 1));
    renderGrid();
  }

  function renderGrid() {
    const grid = $('grid');
    grid.replaceChildren();
    if (state.items.length === 0) grid.appendChild(el('div', 'empty', 'No samples match.'));
    state.items.forEach((item, i) => {
      const card = el('div', 'card' + (i === state.selected ? ' selected' : ''));
      card.dataset.id = item.id;
      const img = el('img');
      img.loading = 'lazy';
      img.alt = item.id;
      img.src = '/api/samples/' + encodeURIComponent(item.id) + '/thumbnail';
      const meta = el('div', 'meta');
      meta.appendChild(el('div', 'id', item.id));
      meta.appendChild(el('div', null, item.topic + ' · ' + item.generator));
      meta.appendChild(el('span', 'status ' + item.status, item.status));
      for (const flag of item.flags) meta.appendChild(el('span', 'badge', flag));
      card.append(img, meta);
      card.addEventListener('click', () => { state.selected = i; openDetail(item.id); });
      grid.appendChild(card);
    });
    const end = Math.min(state.offset + state.items.length, state.total);
    $('page-info').textContent = state.total === 0 ? '0 samples' : (state.offset + 1) + '–' + end + ' of ' + state.total.toLocaleString();
    $('prev-page').disabled = state.offset === 0;
    $('next-page').disabled = state.offset + pageSize >= state.total;
  }

  function select(index) {
    state.selected = index;
    document.querySelectorAll('.card').forEach((card, i) => card.classList.toggle('selected', i === index));
    const card = document.querySelectorAll('.card')[index];
    if (card) card.scrollIntoView({ block: 'nearest' });
  }

  async function move(delta) {
    let index = state.selected + delta;
    if (index >= state.items.length && state.offset + pageSize < state.total) {
      state.offset += pageSize; await loadGrid(); index = 0;
    } else if (index < 0 && state.offset > 0) {
      state.offset = Math.max(0, state.offset - pageSize); await loadGrid(); index = state.items.length - 1;
    }
    index = Math.max(0, Math.min(index, state.items.length - 1));
    if (state.view === 'detail' && state.items[index]) await openDetail(state.items[index].id, index);
    else select(index);
  }

  // A tiny HTML highlighter: tags, attribute names and values, comments, entities.
  function highlight(source, target) {
    target.replaceChildren();
    const pattern = /(<!--[\s\S]*?-->)|(<\/?[a-zA-Z][\w:-]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)(\s*\/?>)|(&[#\w]+;)/g;
    let last = 0;
    const push = (text, className) => {
      if (!text) return;
      target.appendChild(className ? el('span', className, text) : document.createTextNode(text));
    };
    for (const match of source.matchAll(pattern)) {
      push(source.slice(last, match.index));
      if (match[1]) push(match[1], 'comment');
      else if (match[5]) push(match[5], 'ent');
      else {
        push(match[2], 'tag');
        const attributes = /(\s+)([^\s=>\/]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+))?/g;
        for (const attribute of match[3].matchAll(attributes)) {
          push(attribute[1]); push(attribute[2], 'attr');
          if (attribute[3]) { push(attribute[3]); push(attribute[4], 'val'); }
        }
        push(match[4], 'tag');
      }
      last = match.index + match[0].length;
    }
    push(source.slice(last));
  }

  async function openDetail(id, index) {
    if (index !== undefined) select(index);
    state.view = 'detail';
    state.detailId = id;
    show('detail');
    const encoded = encodeURIComponent(id);
    const sample = await api('/api/samples/' + encoded);
    if (state.detailId !== id) return;
    $('detail-id').textContent = id + ' · ' + sample.summary.topic;
    setStatus(sample.summary.status);
    shot.open(id, sample.viewports);
    $('detail-idea').textContent = sample.idea;
    $('detail-flags').replaceChildren(...(sample.summary.flags.length
      ? sample.summary.flags.map((f) => el('span', 'badge', f + (f === 'near_duplicate' && sample.duplicateOf ? ' of ' + sample.duplicateOf : '')))
      : [el('span', null, 'none')]));
    const metrics = $('detail-metrics');
    metrics.replaceChildren();
    const rows = Object.entries(sample.metrics).concat([
      ['width × height', sample.summary.width + ' × ' + sample.summary.height],
      ['page height', sample.summary.pageHeight + (sample.clamped ? ' (clamped)' : '')],
      ['visible words', sample.visibleWords], ['index', sample.index]]);
    for (const [name, value] of rows) {
      const row = el('tr');
      row.append(el('td', null, name), el('td', null, String(value)));
      metrics.appendChild(row);
    }
    $('note').value = sample.note;
    $('preview').src = '/api/samples/' + encoded + '/preview';
    highlight(sample.html, $('detail-html'));
  }

  function setStatus(status) {
    const badge = $('detail-status');
    badge.textContent = status;
    badge.className = 'status ' + status;
  }

  function currentId() {
    if (state.view === 'detail') return state.detailId;
    const item = state.items[state.selected];
    return item ? item.id : null;
  }

  async function decide(status, note) {
    const id = currentId();
    if (!id) return;
    const listed = state.items.find((i) => i.id === id);
    const fallback = state.view === 'detail' ? $('detail-status').textContent : listed && listed.status;
    const body = { status: status ?? (fallback || 'unreviewed'), note: note ?? null };
    const saved = await api('/api/samples/' + encodeURIComponent(id) + '/decision', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    const item = state.items.find((i) => i.id === id);
    if (item) item.status = saved.status;
    if (state.view === 'detail') setStatus(saved.status); else renderGrid();
  }

  function show(view) {
    state.view = view;
    $('grid-view').hidden = view !== 'grid';
    $('detail-view').hidden = view !== 'detail';
    $('summary-view').hidden = view !== 'summary';
    $('tab-grid').classList.toggle('active', view !== 'summary');
    $('tab-summary').classList.toggle('active', view === 'summary');
  }

  async function loadSummary() {
    show('summary');
    drawCharts($('charts'), await api('/api/summary'));
  }

  function typing(event) {
    const target = event.target;
    return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey && event.target === $('note')) { event.preventDefault(); decide(undefined, $('note').value); return; }
    if (event.key === 'Escape') { if (typing(event)) event.target.blur(); else if (state.view === 'detail') { show('grid'); renderGrid(); } return; }
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    const actions = {
      b: () => { if (state.view === 'detail') shot.toggle(); }, j: () => move(1), k: () => move(-1), a: () => decide('accepted'), r: () => decide('rejected'), u: () => decide('unreviewed'),
      n: () => { const item = state.items[state.selected]; if (state.view === 'grid' && item) openDetail(item.id).then(() => $('note').focus()); else $('note').focus(); },
      Enter: () => { const item = state.items[state.selected]; if (state.view === 'grid' && item) openDetail(item.id); },
    };
    if (state.view === 'summary' || !actions[event.key]) return;
    event.preventDefault();
    actions[event.key]();
  });

  let searchTimer = 0;
  $('search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => { state.offset = 0; loadGrid(); }, 200); });
  for (const id of ['flag-filter', 'topic-filter', 'generator-filter', 'status-filter'])
    $(id).addEventListener('change', () => { state.offset = 0; loadGrid(); });
  $('filters').addEventListener('submit', (event) => event.preventDefault());
  $('prev-page').addEventListener('click', () => { state.offset = Math.max(0, state.offset - pageSize); loadGrid(); });
  $('next-page').addEventListener('click', () => { state.offset += pageSize; loadGrid(); });
  $('back').addEventListener('click', () => { show('grid'); renderGrid(); });
  $('prev-sample').addEventListener('click', () => move(-1));
  $('next-sample').addEventListener('click', () => move(1));
  $('accept').addEventListener('click', () => decide('accepted'));
  $('reject').addEventListener('click', () => decide('rejected'));
  $('unreview').addEventListener('click', () => decide('unreviewed'));
  $('save-note').addEventListener('click', () => decide(undefined, $('note').value));
  $('tab-grid').addEventListener('click', () => { show('grid'); loadGrid(true); });
  $('tab-summary').addEventListener('click', loadSummary);

  async function poll() {
    const status = await refreshStatus();
    if (!status.analysisComplete) setTimeout(poll, 1500);
    else if (state.view === 'grid') loadGrid(true);
  }
  poll().then(() => loadGrid());
})();
