/**
 * 修订记录 (痕迹保留): every saved revision of a draft with its author and time, and a comparison
 * of any two — the changed elements before and after, and the body paragraph by paragraph with
 * deletions struck through in red and insertions underlined in green.
 */
import { h, mount } from '../dom.js';
import { field, formMessage, showProblem, clearProblems } from '../forms.js';
import { docs, routeQuery, documentHref } from '../documents.js';
import { formatTime } from '../seals.js';

export async function revisionsView(container) {
  const id = routeQuery().get('id');
  const instanceId = routeQuery().get('instance');
  const [draft, revisions] = await Promise.all([docs.get(id), docs.revisions(id)]);
  const options = revisions.map((r) => ({ value: r.revision, label: `第 ${r.revision} 稿 · ${r.authorName}` }));
  const last = revisions.length ? revisions[revisions.length - 1].revision : 1;
  const result = h('section', { id: 'compare-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card compare-form', novalidate: true, 'aria-label': '比较稿次' },
    formMessage(),
    h('div', { class: 'searchbar searchbar-compare' },
      field({ label: '从', name: 'from', value: Math.max(1, last - 1), options, problem: 'document.revision' }),
      field({ label: '到', name: 'to', value: last, options }),
      h('button', { type: 'submit', class: 'btn', id: 'compare' }, '比较')));

  async function compare(from, to) {
    clearProblems(form);
    form.elements.from.value = from;
    form.elements.to.value = to;
    mount(result, h('p', { class: 'loading' }, '正在比较…'));
    try {
      mount(result, ...comparison(await docs.compare(id, from, to)));
    } catch (e) {
      mount(result);
      if (!e.signedOut) showProblem(form, e);
    }
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    compare(form.elements.from.value, form.elements.to.value);
  });

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '修订记录'), h('p', {}, `${draft.title} · 共 ${revisions.length} 稿`)),
      h('div', { class: 'actions' },
        h('a', { class: 'btn btn-quiet', href: documentHref({ documentId: id, instanceId }) }, '公文详情'),
        draft.documentNumber ? null : h('a', { class: 'btn btn-quiet', href: `#/docs/draft?id=${encodeURIComponent(id)}` }, '修改'))),
    h('table', { class: 'list revisions-list' },
      h('thead', {}, h('tr', {}, h('th', {}, '稿次'), h('th', {}, '修改人'), h('th', {}, '保存时间'), h('th', {}, 'SM3'),
        h('th', {}, h('span', { class: 'visually-hidden' }, '操作')))),
      h('tbody', {}, [...revisions].reverse().map((r) => h('tr', { dataset: { revision: r.revision } },
        h('td', { class: 'primary', 'data-label': '稿次' }, `第 ${r.revision} 稿`),
        h('td', { 'data-label': '修改人' }, r.authorName),
        h('td', { 'data-label': '保存时间' }, formatTime(r.savedAt)),
        h('td', { 'data-label': 'SM3', class: 'digest-cell' }, h('code', { class: 'digest', title: r.contentSm3 }, r.contentSm3.slice(0, 16) + '…')),
        h('td', { class: 'actions-cell' }, r.revision > 1 ? h('button', {
          type: 'button', class: 'btn btn-quiet btn-small', onclick: () => compare(r.revision - 1, r.revision),
        }, '与上一稿比较') : null))))),
    revisions.length > 1 ? form : null, result);
  if (revisions.length > 1) await compare(last - 1, last);
}

function comparison(c) {
  if (c.identical) return [h('p', { class: 'form-ok' }, `第 ${c.from.revision} 稿与第 ${c.to.revision} 稿内容相同。`)];
  const body = c.body || [];
  const bodyChanged = body.some((p) => p.op !== 'UNCHANGED');
  const elements = (c.elements || []).filter((e) => e.element !== 'body');
  return [
    h('p', { class: 'summary' }, `第 ${c.from.revision} 稿（${c.from.authorName}，${formatTime(c.from.savedAt)}）→ 第 ${c.to.revision} 稿（${c.to.authorName}，${formatTime(c.to.savedAt)}）`),
    elements.length ? h('table', { class: 'list changes-list' },
      h('thead', {}, h('tr', {}, h('th', {}, '要素'), h('th', {}, '修改前'), h('th', {}, '修改后'))),
      h('tbody', {}, elements.map((e) => h('tr', {},
        h('td', { class: 'primary', 'data-label': '要素' }, e.label),
        h('td', { 'data-label': '修改前' }, e.before ? h('del', {}, e.before) : h('span', { class: 'none' }, '（空）')),
        h('td', { 'data-label': '修改后' }, e.after ? h('ins', {}, e.after) : h('span', { class: 'none' }, '（空）')))))) : null,
    bodyChanged ? h('section', { class: 'card body-diff', 'aria-label': '正文修改' },
      h('h3', {}, '正文修改', h('span', { class: 'legend' }, h('del', {}, '删除'), h('ins', {}, '增加'))),
      body.map(paragraph)) : null,
  ];
}

function paragraph(p) {
  switch (p.op) {
    case 'UNCHANGED': return h('p', { class: 'diff-same' }, p.before ?? p.after);
    case 'REMOVED': return h('p', { class: 'diff-removed' }, h('del', {}, p.before));
    case 'ADDED': return h('p', { class: 'diff-added' }, h('ins', {}, p.after));
    default: return h('p', { class: 'diff-changed' }, (p.segments || []).map((s) => (s.op === 'DELETE' || s.op === 'REMOVED'
      ? h('del', {}, s.text) : s.op === 'INSERT' || s.op === 'ADDED' ? h('ins', {}, s.text) : s.text)));
  }
}
