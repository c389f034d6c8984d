/**
 * 待办, 已办 and 我的拟稿. At the desk they are tables; on the phone each row is a card whose
 * title covers the whole card, so a leader taps anywhere on it to open the document. Overdue work
 * is flagged 超时 (red) and stuck work 积压 (amber) with its reason. Each list loads 50 items at a
 * time: 待办 and 已办 add the next 50 under "加载更多", 我的拟稿 pages.
 */
import { h, mount } from '../dom.js';
import { docs, flow, documentHref, shortTime, PAGE_SIZE } from '../documents.js';

function flags(t) {
  return [
    t.overdue ? h('span', { class: 'chip chip-danger flag-overdue' }, '超时') : null,
    t.stuck ? h('span', { class: 'chip chip-warn flag-stuck', title: t.stuckReason || '' }, `积压${t.stuckReason ? `：${t.stuckReason}` : ''}`) : null,
    t.relation === 'DELEGATED' ? h('span', { class: 'chip chip-muted' }, `代${t.onBehalfOf || ''}`) : null,
    t.relation === 'SUPERVISION' ? h('span', { class: 'chip chip-muted' }, '督办') : null,
    t.urgeCount ? h('span', { class: 'chip chip-warn' }, `催办 ${t.urgeCount}`) : null,
  ];
}

function taskTable(tasks, { done = false } = {}) {
  return h('table', { class: 'list tasks-list tappable' },
    h('thead', {}, h('tr', {},
      h('th', {}, '标题'), h('th', {}, '文种'), h('th', {}, '环节'), h('th', {}, '拟稿人'),
      h('th', {}, done ? '办理时间' : '截止'), done ? h('th', {}, '意见') : h('th', {}, '办理人'))),
    h('tbody', {}, tasks.map((t) => h('tr', {
      class: `${t.overdue && !done ? 'is-overdue' : ''} ${t.stuck && !done ? 'is-stuck' : ''}`.trim() || null,
      dataset: { taskId: t.id, instanceId: t.instanceId },
    },
      h('td', { class: 'primary', 'data-label': '标题' },
        h('a', { class: 'task-link', href: documentHref({ documentId: t.documentId, instanceId: t.instanceId, taskId: done ? null : t.id }) },
          t.title),
        h('span', { class: 'task-flags' }, done ? null : flags(t))),
      h('td', { 'data-label': '文种', class: 'kind-cell' }, t.kindName),
      h('td', { 'data-label': '环节', class: 'step-cell' }, t.stepName),
      h('td', { 'data-label': '拟稿人' }, t.drafterName || '—'),
      done ? h('td', { 'data-label': '办理时间' }, shortTime(t.actedAt))
        : h('td', { 'data-label': '截止', class: t.overdue ? 'due-cell overdue' : 'due-cell' },
          t.dueAt ? shortTime(t.dueAt) : '不限', t.overdue ? h('span', { class: 'visually-hidden' }, '（已超时）') : null),
      done ? h('td', { 'data-label': '意见' }, t.opinion || t.stateName || '—')
        : h('td', { 'data-label': '办理人', class: 'assignee-cell' }, t.assignee || '—')))));
}

/** "加载更多" under a list while it shows fewer items than it has; its label says how many are shown. */
function loadMore(shown, total, onclick, note = '') {
  return shown < total
    ? h('div', { class: 'pager load-more' },
      h('button', { type: 'button', class: 'btn btn-quiet', id: 'load-more', onclick }, '加载更多'),
      h('span', {}, `已显示 ${shown} / 共 ${total} 件${note}`))
    : null;
}

/** Runs a "load more" once at a time; the button shows that it is loading. */
function nextPage(load) {
  let busy = false;
  return async (event) => {
    if (busy) return;
    busy = true;
    event.currentTarget.disabled = true;
    event.currentTarget.textContent = '正在加载…';
    try { await load(); } finally { busy = false; }
  };
}

export async function todoView(container) {
  let first = await flow.todo(1, PAGE_SIZE);
  const items = [...first.items];
  let page = 1;
  const render = () => {
    const own = items.filter((t) => t.relation !== 'SUPERVISION');
    const watched = items.filter((t) => t.relation === 'SUPERVISION');
    mount(container,
      h('div', { class: 'page-head' },
        h('div', {}, h('h2', {}, '待办公文'),
          h('p', { id: 'todo-summary' }, first.own ? `共 ${first.own} 件${first.overdue ? `，其中超时 ${first.overdue} 件` : ''}` : '暂无待办公文')),
        h('a', { class: 'btn desk-only', href: '#/docs/draft' }, '拟稿')),
      own.length ? taskTable(own) : (first.own ? null : h('p', { class: 'empty' }, '没有需要您办理的公文。')),
      watched.length ? [h('h3', { class: 'section-title' }, `本单位超时、积压的待办（${first.supervision}）`),
        h('p', { class: 'hint' }, '作为单位领导，您可以查看这些待办并转办给能办理的同事。'),
        taskTable(watched)] : null,
      loadMore(items.length, first.total, nextPage(async () => {
        const next = await flow.todo(page + 1, PAGE_SIZE);
        page += 1;
        const seen = new Set(items.map((t) => t.id));
        items.push(...next.items.filter((t) => !seen.has(t.id))); // a task closed meanwhile shifts the pages
        first = { ...next, items: [] };
        render();
      }), first.supervision ? `（含本单位超时、积压 ${first.supervision} 件）` : ''));
  };
  render();
}

export async function doneView(container) {
  const first = await flow.done(1, PAGE_SIZE);
  const items = [...first.items];
  let page = 1;
  let total = first.total;
  const render = () => mount(container,
    h('div', { class: 'page-head' }, h('div', {}, h('h2', {}, '已办公文'),
      h('p', { id: 'done-summary' }, total ? `共 ${total} 件，最近办理的在前` : '还没有已办公文'))),
    items.length ? taskTable(items, { done: true }) : h('p', { class: 'empty' }, '还没有已办公文。'),
    loadMore(items.length, total, nextPage(async () => {
      const next = await flow.done(page + 1, PAGE_SIZE);
      page += 1;
      total = next.total;
      const seen = new Set(items.map((t) => t.id));
      items.push(...next.items.filter((t) => !seen.has(t.id)));
      render();
    })));
  render();
}

export async function mineView(container) {
  let page = 1;
  const list = h('section', { 'aria-live': 'polite' });

  async function load() {
    const result = await docs.mine(page, PAGE_SIZE);
    mount(list,
      result.items.length ? h('table', { class: 'list drafts-list tappable' },
        h('thead', {}, h('tr', {}, h('th', {}, '标题'), h('th', {}, '文种'), h('th', {}, '稿次'), h('th', {}, '发文字号'),
          h('th', {}, '流程'), h('th', {}, '更新时间'))),
        h('tbody', {}, result.items.map((d) => {
          const route = d.route;
          const href = route ? documentHref({ documentId: d.id, instanceId: route.instanceId }) : `#/docs/draft?id=${encodeURIComponent(d.id)}`;
          return h('tr', { dataset: { documentId: d.id } },
            h('td', { class: 'primary', 'data-label': '标题' }, h('a', { class: 'task-link', href }, d.title)),
            h('td', { 'data-label': '文种' }, d.kindName),
            h('td', { 'data-label': '稿次', class: 'num' }, `第 ${d.revision} 稿`),
            h('td', { 'data-label': '发文字号' }, d.documentNumber || '—'),
            h('td', { 'data-label': '流程' }, route ? `${route.stateName}${route.state === 'RUNNING' ? ` · ${route.currentStepName}` : ''}` : '未提交'),
            h('td', { 'data-label': '更新时间' }, shortTime(d.updatedAt)));
        }))) : h('p', { class: 'empty' }, '您还没有拟稿。'),
      result.pages > 1 ? h('div', { class: 'pager' },
        h('button', { type: 'button', class: 'btn btn-quiet', disabled: page <= 1, onclick: () => { page -= 1; load(); } }, '上一页'),
        h('span', {}, `第 ${page} / ${result.pages} 页，共 ${result.total} 件`),
        h('button', { type: 'button', class: 'btn btn-quiet', disabled: page >= result.pages, onclick: () => { page += 1; load(); } }, '下一页'))
        : null);
  }
  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '我的拟稿'), h('p', {}, '未提交的稿件可继续修改；已提交的可查看流程')),
      h('a', { class: 'btn', href: '#/docs/draft', id: 'new-draft' }, '拟稿')),
    list);
  await load();
}
