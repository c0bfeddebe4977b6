'use strict';
// The summary page's charts, drawn as SVG from /api/summary: bars for counts, histograms for per-sample values.
// Like app.js, it writes dataset text (topics, flags) only through textContent.
function drawCharts(container, summary) {
  const svgNs = 'http://www.w3.org/2000/svg';

  function svg(tag, attributes) {
    const node = document.createElementNS(svgNs, tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    return node;
  }

  function chart(title, render) {
    const box = document.createElement('div');
    box.className = 'chart';
    const heading = document.createElement('h3');
    heading.textContent = title;
    box.append(heading, render());
    container.appendChild(box);
  }

  function bars(pairs) {
    const top = pairs.slice(0, 20);
    const max = Math.max(1, ...top.map((p) => p.value));
    const height = 18 * Math.max(1, top.length);
    const root = svg('svg', { viewBox: '0 0 400 ' + height, role: 'img' });
    top.forEach((pair, i) => {
      root.appendChild(svg('rect', { x: 140, y: i * 18 + 3, width: Math.max(1, 220 * pair.value / max), height: 12, fill: '#2680c2' }));
      const label = svg('text', { x: 136, y: i * 18 + 13, 'text-anchor': 'end' });
      label.textContent = pair.key.length > 24 ? pair.key.slice(0, 23) + '…' : pair.key;
      const count = svg('text', { x: 144 + 220 * pair.value / max, y: i * 18 + 13 });
      count.textContent = pair.value.toLocaleString();
      root.append(label, count);
    });
    if (top.length === 0) { const t = svg('text', { x: 10, y: 13 }); t.textContent = 'none'; root.appendChild(t); }
    return root;
  }

  function histogram(h) {
    const root = svg('svg', { viewBox: '0 0 400 140', role: 'img' });
    const max = Math.max(1, ...h.counts);
    const width = 380 / Math.max(1, h.counts.length);
    h.counts.forEach((count, i) => {
      const barHeight = 110 * count / max;
      const rect = svg('rect', { x: 10 + i * width, y: 115 - barHeight, width: Math.max(1, width - 2), height: barHeight, fill: '#3ebd93' });
      const tip = svg('title');
      const from = h.min + (h.max - h.min) * i / h.counts.length;
      tip.textContent = count + ' samples from ' + from.toFixed(2);
      rect.appendChild(tip);
      root.appendChild(rect);
    });
    const low = svg('text', { x: 10, y: 130 }); low.textContent = Number(h.min.toFixed(3)).toLocaleString();
    const high = svg('text', { x: 390, y: 130, 'text-anchor': 'end' }); high.textContent = Number(h.max.toFixed(3)).toLocaleString();
    root.append(low, high);
    return root;
  }

  container.replaceChildren();
  const pairs = (list) => list.map((p) => ({ key: p.key, value: p.value }));
  chart('Review decisions', () => bars(pairs(summary.decisions)));
  chart('QA flags', () => bars(pairs(summary.flags)));
  chart('Rejected during the run (stats.json)', () => bars(pairs(summary.runRejections)));
  chart('Topics', () => bars(pairs(summary.topics)));
  chart('Generators', () => bars(pairs(summary.generators)));
  for (const h of summary.histograms) chart(h.title, () => histogram(h));
}
