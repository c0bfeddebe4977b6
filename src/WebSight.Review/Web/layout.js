'use strict';
// The detail view's screenshot tools: the viewports of one page side by side (its rows share the id), and the layout
// boxes of the shown render drawn over it as SVG. Dataset text goes in through textContent and attributes only.
function createShotTools(elements) {
  const svgNs = 'http://www.w3.org/2000/svg';
  const tools = { id: null, viewport: null, views: [] };

  const imageUrl = (id, viewport) =>
    '/api/samples/' + encodeURIComponent(id) + '/image' + (viewport ? '?viewport=' + encodeURIComponent(viewport) : '');

  function rect(className, box, label) {
    const node = document.createElementNS(svgNs, 'rect');
    node.setAttribute('class', className);
    for (const key of ['x', 'y', 'width', 'height']) node.setAttribute(key, box[key]);
    const title = document.createElementNS(svgNs, 'title');
    title.textContent = label;
    node.appendChild(title);
    return node;
  }

  function strip() {
    const container = elements.strip;
    container.replaceChildren();
    container.hidden = tools.views.length < 2;
    for (const view of tools.views) {
      const figure = document.createElement('figure');
      figure.className = 'viewport' + (view.viewport === tools.viewport ? ' current' : '');
      // Each render takes room in proportion to its width, so a phone sits narrow beside a desktop.
      figure.style.flex = view.width + ' 1 0';
      const image = document.createElement('img');
      image.src = imageUrl(tools.id, view.viewport);
      image.alt = view.viewport || 'screenshot';
      const caption = document.createElement('figcaption');
      caption.textContent = (view.viewport || '') + ' · ' + view.width + '×' + view.height;
      figure.append(image, caption);
      figure.addEventListener('click', () => select(view.viewport));
      container.appendChild(figure);
    }
  }

  async function draw() {
    const overlay = elements.overlay;
    overlay.replaceChildren();
    overlay.hidden = !elements.toggle.checked;
    if (overlay.hidden || !tools.id) return;
    const { id, viewport } = tools;
    const response = await fetch(
      '/api/samples/' + encodeURIComponent(id) + '/layout' + (viewport ? '?viewport=' + encodeURIComponent(viewport) : ''));
    if (id !== tools.id || viewport !== tools.viewport) return;
    if (!response.ok) { elements.note.textContent = 'no layout in this dataset'; return; }
    const layout = await response.json();
    const view = tools.views.find((v) => v.viewport === viewport) || tools.views[0];
    // Boxes are CSS pixels; the image is CSS pixels times the device scale.
    overlay.setAttribute('viewBox', `0 0 ${view.width / layout.scale} ${view.height / layout.scale}`);
    for (const box of layout.elements) overlay.appendChild(rect('layout-element', box, box.tag));
    for (const box of layout.text) overlay.appendChild(rect('layout-text', box, box.text));
    elements.note.textContent = layout.elements.length + ' boxes, ' + layout.text.length + ' text blocks';
  }

  async function select(viewport) {
    tools.viewport = viewport;
    elements.image.src = imageUrl(tools.id, viewport);
    strip();
    await draw();
  }

  elements.toggle.addEventListener('change', draw);
  return {
    // A sample opened in the detail view: its first viewport shown, the others beside it.
    open(id, views) {
      tools.id = id;
      tools.views = views;
      elements.note.textContent = '';
      return select(views.length ? views[0].viewport : null);
    },
    toggle() { elements.toggle.checked = !elements.toggle.checked; return draw(); },
  };
}
