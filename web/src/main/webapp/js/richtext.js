/**
 * 正文: a small rich-text editor (contenteditable with bold, italic, underline, lists, headings and
 * alignment) and the one walker that turns any HTML into the server's safe subset
 * (p br strong em u ol ul li h1–h4 table thead tbody tr td th; colspan/rowspan; text-align).
 *
 * The walker builds new elements with createElement and copies only text and the allowed
 * attributes, so what the editor holds (typed, pasted, or loaded from the server) and what a body
 * view shows can never carry scripts, handlers or links. Unknown elements are unwrapped (their text
 * stays); inline text at the top level is gathered into paragraphs.
 */
import { h } from './dom.js';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th']);
const RENAME = { b: 'strong', strong: 'strong', i: 'em', em: 'em', u: 'u', div: 'p' };
const ALIGNABLE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'li', 'td', 'th']);
const ALIGNS = new Set(['left', 'center', 'right', 'justify']);
const DROP = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'template', 'noscript', 'svg', 'math']);

/** Parses HTML without running anything (DOMParser documents are inert) and returns safe nodes. */
export function safeNodes(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  return normalise(parsed.body);
}

/** The safe subset of the children of a live element (the editor), as nodes. */
export function normalise(root) {
  const out = [];
  let loose = null; // a paragraph collecting top-level inline content
  const flush = () => {
    if (loose && (loose.textContent.trim() || loose.querySelector('br'))) out.push(loose);
    loose = null;
  };
  for (const child of root.childNodes) {
    for (const node of copy(child)) {
      const block = node.nodeType === 1 && BLOCKS.has(node.localName);
      if (block) { flush(); out.push(node); } else {
        if (!loose) loose = document.createElement('p');
        loose.append(node);
      }
    }
  }
  flush();
  return out;
}

/** Copies one node into the safe subset: a list of nodes (an unwrapped element gives its children). */
function copy(node) {
  if (node.nodeType === 3) return [document.createTextNode(node.nodeValue)];
  if (node.nodeType !== 1) return [];
  const tag = node.localName;
  if (DROP.has(tag)) return [];
  const children = () => [...node.childNodes].flatMap(copy);
  if (tag === 'br') return [document.createElement('br')];
  const name = RENAME[tag] || (BLOCKS.has(tag) ? tag : null);
  if (!name) return children(); // span, font, a, …: keep the text, lose the element
  const el = document.createElement(name);
  if (ALIGNABLE.has(name)) {
    const align = (node.style?.textAlign || node.getAttribute('align') || '').toLowerCase();
    if (ALIGNS.has(align)) el.setAttribute('style', `text-align: ${align}`);
  }
  if (name === 'td' || name === 'th') {
    for (const a of ['colspan', 'rowspan']) {
      const v = Number(node.getAttribute(a));
      if (Number.isInteger(v) && v > 1 && v < 100) el.setAttribute(a, String(v));
    }
  }
  el.append(...children());
  return [el];
}

/** The safe subset as an HTML string (what is sent to the server). */
export function toHtml(nodes) {
  const holder = document.createElement('div');
  holder.append(...nodes);
  return holder.innerHTML;
}

/** A read-only view of a body from the server. */
export function bodyView(html, attrs = {}) {
  return h('div', { class: 'doc-body', ...attrs }, safeNodes(html));
}

const STATEFUL = new Set(['bold', 'italic', 'underline', 'insertOrderedList', 'insertUnorderedList']);
const TOOLS = [
  { cmd: 'bold', label: '加粗', text: 'B', cls: 'tool-bold', key: 'b' },
  { cmd: 'italic', label: '倾斜', text: 'I', cls: 'tool-italic', key: 'i' },
  { cmd: 'underline', label: '下划线', text: 'U', cls: 'tool-underline', key: 'u' },
  { sep: true },
  { cmd: 'formatBlock', arg: 'h2', label: '标题', text: '标题' },
  { cmd: 'formatBlock', arg: 'h3', label: '小标题', text: '小标题' },
  { cmd: 'formatBlock', arg: 'p', label: '正文段落', text: '段落' },
  { sep: true },
  { cmd: 'insertOrderedList', label: '编号列表', text: '1.' },
  { cmd: 'insertUnorderedList', label: '项目符号列表', text: '•' },
  { sep: true },
  { cmd: 'justifyCenter', label: '居中', text: '居中' },
  { cmd: 'justifyLeft', label: '左对齐', text: '左齐' },
];

/**
 * The editor: `{ element, getHtml(), setHtml(html), focus() }`. `element` is a labelled group with
 * a toolbar and the editable area (role textbox, aria-multiline).
 */
export function richTextEditor({ id, label, html = '', problem, hint }) {
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const area = h('div', {
    id, class: 'rte-area', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true',
    'aria-labelledby': `${id}-label`, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
    spellcheck: 'false', dataset: problem ? { problem } : undefined,
  });
  const run = (tool) => {
    area.focus();
    document.execCommand('styleWithCSS', false, false);
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand(tool.cmd, false, tool.arg ? `<${tool.arg}>` : null);
    update();
  };
  const buttons = TOOLS.map((t) => (t.sep ? h('span', { class: 'rte-sep', 'aria-hidden': 'true' })
    : h('button', {
      type: 'button', class: `rte-btn ${t.cls || ''}`.trim(), title: t.label, 'aria-label': t.label,
      dataset: { cmd: t.cmd, arg: t.arg || '' },
      // mousedown keeps the selection in the area
      onmousedown: (e) => e.preventDefault(), onclick: () => run(t),
    }, t.text)));
  const toolbar = h('div', { class: 'rte-toolbar', role: 'toolbar', 'aria-label': '正文格式', 'aria-controls': id }, buttons);

  function update() {
    for (const b of buttons) {
      if (!STATEFUL.has(b.dataset?.cmd)) continue;
      try { b.setAttribute('aria-pressed', String(document.queryCommandState(b.dataset.cmd))); } catch (e) { /* not a state */ }
    }
  }
  area.addEventListener('keyup', update);
  area.addEventListener('mouseup', update);
  // typing always happens inside a paragraph: an empty area gets one on focus, and loses it on blur
  area.addEventListener('focus', () => {
    document.execCommand('defaultParagraphSeparator', false, 'p');
    if (!area.textContent.trim() && !area.querySelector('li, table')) {
      const p = h('p', {}, h('br'));
      area.replaceChildren(p);
      const range = document.createRange();
      range.setStart(p, 0);
      range.collapse(true);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  });
  area.addEventListener('blur', () => {
    if (!area.textContent.trim() && !area.querySelector('li, table')) area.replaceChildren();
  });
  area.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const tool = TOOLS.find((t) => t.key === e.key.toLowerCase());
    if (tool) { e.preventDefault(); run(tool); }
  });
  // pasted text comes in as plain text, paragraph by paragraph: nothing foreign gets in
  area.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = e.clipboardData?.getData('text/plain') || '';
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, i) => {
      if (i > 0) document.execCommand('insertParagraph');
      if (line) document.execCommand('insertText', false, line);
    });
  });
  area.addEventListener('drop', (e) => e.preventDefault());

  const api = {
    element: h('div', { class: 'field wide rte' },
      h('span', { class: 'rte-label required', id: `${id}-label` }, label),
      h('div', { class: 'rte-box' }, toolbar, area),
      hint ? h('span', { class: 'hint', id: hintId }, hint) : null,
      h('span', { class: 'field-error', id: errorId, hidden: true })),
    area,
    getHtml() { return toHtml(normalise(area)); },
    setHtml(value) { area.replaceChildren(...safeNodes(value)); },
    isEmpty() { return !area.textContent.trim(); },
    focus() { area.focus(); },
  };
  api.setHtml(html);
  return api;
}
