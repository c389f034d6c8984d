/**
 * 发文跟踪 (tracking of distributed documents): the unit's distributed documents with how far each
 * got at its addressees; one document's addressees with state, times (送达, 签收, 退回, 撤回) and
 * reasons, and the sender's actions 撤回 (with a reason; only while not accepted) and 催办 (an
 * optional message; only while the package travels or waits). The tracking of a document refreshes
 * itself every 10 s while a package is still on its way. {@link distributionCard} is the short form
 * on 公文详情.
 */
import { h, mount } from '../dom.js';
import { formMessage, openDialog, showProblem, submitting } from '../forms.js';
import { documentHref, routeQuery, shortTime } from '../documents.js';
import {
  countsInFlux, exchange, PAGE_SIZE, recallable, roleName, stateChip, TRACKING_FILTERS, TRACKING_PAGE_SIZE, trackingHref,
  urgeable,
} from '../exchange.js';

const REFRESH_MS = 10000;
/** 公文详情 lists this many addressees; 发文跟踪 has them all. */
const CARD_SIZE = 20;

/** The progress of a document's packages as chips: 已签收 3 · 已送达 1 · … (zeros left out). */
function progressChips(c) {
  const parts = [
    ['accepted', '已签收', 'chip-ok'], ['delivered', '待签收', 'chip-warn'], ['sending', '发送中', ''],
    ['returned', '已退回', 'chip-danger'], ['recalling', '撤回中', 'chip-muted'], ['recalled', '已撤回', 'chip-muted'], ['failed', '投递失败', 'chip-danger'],
  ];
  const values = { ...c, sending: (c.queued || 0) + (c.sent || 0) };
  return h('ul', { class: 'chips progress-chips' },
    parts.filter(([k]) => values[k]).map(([k, label, cls]) =>
      h('li', { class: `chip ${cls}`.trim(), dataset: { count: k } }, `${label} ${values[k]}`)));
}

export async function sentListView(container) {
  let page = Math.max(0, Number.parseInt(routeQuery().get('page'), 10) || 0);
  const results = h('section', { id: 'sent-results', 'aria-live': 'polite' });
  const summary = h('p', { id: 'sent-summary' });

  async function load() {
    const result = await exchange.sent(page);
    const items = result.items || [];
    const total = result.total ?? null;
    const pages = total === null ? null : Math.max(1, Math.ceil(total / (result.size || PAGE_SIZE)));
    const hasNext = pages === null ? items.length === PAGE_SIZE : page < pages - 1;
    summary.textContent = total ? `已分发 ${total} 件` : items.length ? '本单位已分发的公文' : '本单位还没有分发公文';
    mount(results,
      items.length ? h('table', { class: 'list sent-list tappable' },
        h('thead', {}, h('tr', {}, h('th', {}, '文号'), h('th', {}, '标题'), h('th', {}, '分发时间'),
          h('th', {}, '收文单位'), h('th', {}, '办理情况'))),
        h('tbody', {}, items.map((d) => h('tr', { dataset: { documentId: d.documentId } },
          h('td', { class: 'number-cell', 'data-label': '文号' }, d.documentNumber || '—'),
          h('td', { class: 'primary', 'data-label': '标题' },
            h('a', { class: 'task-link tracking-link', href: trackingHref(d.documentId) }, d.title)),
          h('td', { 'data-label': '分发时间' }, shortTime(d.distributedAt)),
          h('td', { 'data-label': '收文单位', class: 'num' }, `${d.counts?.total ?? 0} 家`),
          h('td', { 'data-label': '办理情况', class: 'progress-cell' }, progressChips(d.counts || {}))))))
        : h('p', { class: 'empty' }, '还没有分发的公文。公文在“分发”环节办理完毕后出现在这里。'),
      page > 0 || hasNext ? h('div', { class: 'pager' },
        h('button', { type: 'button', class: 'btn btn-quiet', disabled: page <= 0, onclick: () => { page -= 1; load(); } }, '上一页'),
        h('span', {}, pages ? `第 ${page + 1} / ${pages} 页` : `第 ${page + 1} 页`),
        h('button', { type: 'button', class: 'btn btn-quiet', disabled: !hasNext, onclick: () => { page += 1; load(); } }, '下一页'))
        : null);
  }

  mount(container,
    h('div', { class: 'page-head' }, h('div', {}, h('h2', {}, '发文跟踪'), summary)),
    results);
  await load();
}

/** Shown once at the top of the next render (after 撤回 or 催办). */
let flash = null;

export async function trackingView(container, ctx) {
  const documentId = routeQuery().get('id');
  const clerk = ctx.session.has('CLERK');
  const tableSlot = h('section', { id: 'tracking', 'aria-live': 'polite' });
  const summary = h('div', { class: 'tracking-summary' });
  const filterSlot = h('div', { class: 'tracking-filters' });
  const pagerSlot = h('div', { id: 'tracking-pager' });
  const updated = h('span', { class: 'hint', id: 'tracking-updated' });
  // what the clerk is looking at: a filter over states, part of a unit's name or code, a page
  const view = { state: '', q: '', page: 0 };
  const ask = () => exchange.sentDocument(documentId, { state: view.state, q: view.q, page: view.page });
  let doc = await ask();

  const search = h('input', { type: 'search', id: 'tracking-search', name: 'q', maxlength: 100,
    placeholder: '单位名称或统一社会信用代码', 'aria-label': '查找收文单位' });
  const searchForm = h('form', { class: 'tracking-search', role: 'search' }, search,
    h('button', { type: 'submit', class: 'btn btn-quiet btn-small', id: 'tracking-search-button' }, '查找'));
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    view.q = search.value.trim();
    view.page = 0;
    refresh().catch((e) => { if (!e.signedOut) window.alert(e.detail); });
  });

  const paint = () => {
    const c = doc.counts || {};
    const waiting = (c.sent || 0) + (c.delivered || 0);
    mount(summary, h('p', {}, `收文单位 ${c.total ?? 0} 家`), progressChips(c),
      clerk && waiting > 0 ? h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: 'urge-all',
        onclick: () => urgeAll(waiting) }, `催办全部未签收（${waiting} 家）`) : null);
    mount(filterSlot, h('nav', { class: 'tabs', 'aria-label': '按状态筛选' },
      TRACKING_FILTERS.map(([state, label, keys]) => {
        const n = keys.reduce((sum, k) => sum + (c[k] || 0), 0);
        return h('button', { type: 'button', class: 'tab tab-button', 'aria-current': view.state === state ? 'page' : null,
          dataset: { filter: state || 'ALL' },
          onclick: () => { view.state = state; view.page = 0; refresh().catch(() => {}); } }, `${label} ${n}`);
      })), searchForm);
    const list = doc.addressees || [];
    const filtered = view.state || view.q;
    mount(tableSlot, list.length ? addresseeTable(list, clerk, act)
      : h('p', { class: 'empty', id: 'tracking-empty' }, filtered ? '没有符合条件的收文单位。' : '还没有收文单位。'));
    const pages = Math.max(1, Math.ceil((doc.matching || 0) / (doc.size || TRACKING_PAGE_SIZE)));
    mount(pagerSlot, pages > 1 || filtered ? h('div', { class: 'pager' },
      h('button', { type: 'button', class: 'btn btn-quiet', id: 'tracking-previous', disabled: view.page <= 0,
        onclick: () => { view.page -= 1; refresh().catch(() => {}); } }, '上一页'),
      h('span', { id: 'tracking-page' }, `${filtered ? `符合条件 ${doc.matching} 家 · ` : ''}第 ${view.page + 1} / ${pages} 页`),
      h('button', { type: 'button', class: 'btn btn-quiet', id: 'tracking-next', disabled: view.page >= pages - 1,
        onclick: () => { view.page += 1; refresh().catch(() => {}); } }, '下一页')) : null);
    updated.textContent = `更新于 ${shortTime(new Date().toISOString())}`;
  };

  const refresh = async () => {
    doc = await ask();
    // the page may have emptied (a filter's packages moved on): go back to the last page that has some
    const last = Math.max(0, Math.ceil((doc.matching || 0) / (doc.size || TRACKING_PAGE_SIZE)) - 1);
    if (view.page > last) {
      view.page = last;
      doc = await ask();
    }
    paint();
  };

  // 催办 every addressee still to accept, with one optional message.
  async function urgeAll(waiting) {
    const result = await askUrgeAll(doc, waiting);
    if (!result) return;
    flash = `已催办 ${result.urged} 家${result.urgedRecently ? `；${result.urgedRecently} 家刚催办过，未重复催办` : ''}。`;
    await refresh().catch(() => {});
    showFlash();
  }

  // 撤回 or 催办 one addressee's package; the row's new state comes back at once.
  async function act(kind, item) {
    const done = kind === 'recall' ? await askRecall(item) : await askUrge(item);
    if (!done) return;
    flash = kind === 'recall'
      ? `已向${item.addressee?.name}发出撤回，对方平台确认后状态变为“已撤回”。`
      : `已向${item.addressee?.name}催办。`;
    await refresh().catch(() => {});
    showFlash();
  }

  const flashSlot = h('div', { id: 'flash-slot' });
  const showFlash = () => {
    mount(flashSlot, flash ? h('div', { class: 'flash form-ok', role: 'status', id: 'flash' }, flash) : null);
    flash = null;
  };

  mount(container,
    flashSlot,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', { id: 'tracking-title' }, doc.title),
        h('p', {}, doc.documentNumber ? h('span', { id: 'tracking-number' }, doc.documentNumber) : '未编号', ' · ', updated)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: 'tracking-refresh',
          onclick: () => refresh().catch((e) => { if (!e.signedOut) window.alert(e.detail); }) }, '刷新'),
        h('a', { class: 'btn btn-quiet btn-small', href: documentHref({ documentId }) }, '公文详情'),
        h('a', { class: 'btn btn-quiet btn-small desk-only', href: '#/exchange/sent' }, '全部发文'))),
    h('p', { class: 'phone-only tracking-phone-title' }, doc.title),
    summary,
    filterSlot,
    tableSlot,
    pagerSlot);
  paint();
  showFlash();

  // While a package is still on its way, look again every 10 s (only while this screen is shown).
  const timer = setInterval(() => {
    if (!container.isConnected) { clearInterval(timer); return; }
    if (document.visibilityState !== 'visible') return;
    if (!countsInFlux(doc.counts)) return;
    refresh().catch(() => {});
  }, REFRESH_MS);
}

function addresseeTable(list, clerk, act) {
  // an empty cell says "—" at the desk and is left out of the phone's card
  const cell = (label, cls, value) => h('td', { 'data-label': label, class: `${cls}${value ? '' : ' is-empty'}` }, value || '—');
  const when = (t, by) => (t ? `${shortTime(t)}${by ? ` · ${by}` : ''}` : null);
  return h('table', { class: 'list tracking-list' },
    h('thead', {}, h('tr', {},
      h('th', {}, '收文单位'), h('th', {}, '主送/抄送'), h('th', {}, '状态'), h('th', {}, '送达'),
      h('th', {}, '签收'), h('th', {}, '退回'), h('th', {}, '撤回'), h('th', {}, '理由/说明'), h('th', {}, '催办'),
      clerk ? h('th', {}, h('span', { class: 'visually-hidden' }, '操作')) : null)),
    h('tbody', {}, list.map((a) => {
      const chip = stateChip(a, { sent: true });
      const bad = a.state === 'FAILED' || a.state === 'RETURNED';
      return h('tr', { dataset: { packageId: a.packageId, state: a.state, addressee: a.addressee?.name || '' } },
        h('td', { class: 'primary', 'data-label': '收文单位' }, a.addressee?.name || '—'),
        h('td', { 'data-label': '主送/抄送' }, roleName(a.role)),
        h('td', { 'data-label': '状态', class: 'state-cell' }, h('span', { class: chip.cls }, chip.label)),
        cell('送达', 'time-cell delivered-at', when(a.deliveredAt)),
        cell('签收', 'time-cell accepted-at', when(a.acceptedAt, a.acceptedBy)),
        cell('退回', 'time-cell returned-at', when(a.returnedAt)),
        cell('撤回', 'time-cell recalled-at', when(a.recalledAt)),
        cell('理由/说明', `reason-cell${bad ? ' bad' : ''}`,
          a.reason || (a.state === 'FAILED' && a.failedAt ? `投递失败（${shortTime(a.failedAt)}）` : null)),
        cell('催办', 'urge-cell', a.urgeCount ? `${a.urgeCount} 次 · ${shortTime(a.urgedAt)}` : null),
        clerk ? h('td', { class: 'actions-cell' },
          recallable(a) ? h('button', { type: 'button', class: 'btn btn-danger btn-small recall-button',
            onclick: () => act('recall', a) }, '撤回') : null,
          urgeable(a) ? h('button', { type: 'button', class: 'btn btn-quiet btn-small urge-button',
            onclick: () => act('urge', a) }, '催办') : null) : null);
    })));
}

/** Resolves to true once recalled; false when the person cancels. */
function askRecall(item) {
  return new Promise((resolve) => {
    let done = false;
    openDialog('撤回公文', (form, close) => {
      const reason = h('textarea', { id: 'recall-reason', name: 'reason', rows: 3, maxlength: 500, required: true,
        'aria-describedby': 'recall-reason-error', dataset: { problem: 'exchange.recall.reason' },
        placeholder: '如：文中数据有误，更正后重新发文' });
      mount(form, formMessage(),
        h('p', { class: 'hint' }, `从${item.addressee?.name || '收文单位'}撤回这份公文。对方尚未签收时才能撤回；撤回理由会告知对方。`),
        h('div', { class: 'field' }, h('label', { for: 'recall-reason', class: 'required' }, '撤回理由'), reason,
          h('span', { class: 'field-error', id: 'recall-reason-error', hidden: true })),
        h('div', { class: 'dialog-foot' },
          h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('cancel') }, '取消'),
          h('button', { type: 'submit', class: 'btn btn-danger', id: 'confirm-recall' }, '确认撤回')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const text = reason.value.trim();
        if (!text) {
          showProblem(form, { code: 'exchange.recall.reason', detail: '请填写撤回理由。' });
          return;
        }
        submitting(form, async () => {
          await exchange.recall(item.packageId, text);
          done = true;
          close('done');
        });
      });
      setTimeout(() => reason.focus(), 0);
    }).then(() => resolve(done));
  });
}

/** Resolves to the server's { urged, urgedRecently }, or null when the person cancels. */
function askUrgeAll(doc, waiting) {
  return urgeDialog({
    title: '催办全部未签收', idBase: 'urge-all', submitLabel: '全部催办',
    hint: `向尚未签收《${doc.title}》的 ${waiting} 家单位发出催办；10 分钟内催办过的单位不再重复。`,
    send: (message) => exchange.urgeAll(doc.documentId, message),
  });
}

/** Resolves to the urged package's new state, or null when the person cancels. */
function askUrge(item) {
  return urgeDialog({
    title: '催办', idBase: 'urge', submitLabel: '催办',
    hint: `提醒${item.addressee?.name || '收文单位'}尽快签收。`,
    send: (message) => exchange.urge(item.packageId, message),
  });
}

/**
 * The 催办 dialog: an optional message of at most 200 characters (the server's message shows under it);
 * resolves to what `send` resolved to, or null when the person cancels.
 */
function urgeDialog({ title, idBase, submitLabel, hint, send }) {
  return new Promise((resolve) => {
    let result = null;
    openDialog(title, (form, close) => {
      const message = h('textarea', { id: `${idBase}-message`, name: 'message', rows: 3, maxlength: 200,
        'aria-describedby': `${idBase}-message-error`, dataset: { problem: 'exchange.urge.too-long' },
        placeholder: '如：请于今日内签收（可不填）' });
      mount(form, formMessage(),
        h('p', { class: 'hint' }, hint),
        h('div', { class: 'field' }, h('label', { for: `${idBase}-message` }, '催办说明'), message,
          h('span', { class: 'field-error', id: `${idBase}-message-error`, hidden: true })),
        h('div', { class: 'dialog-foot' },
          h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('cancel') }, '取消'),
          h('button', { type: 'submit', class: 'btn', id: `confirm-${idBase}` }, submitLabel)));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          result = (await send(message.value.trim() || null)) ?? true;
          close('done');
        });
      });
      setTimeout(() => message.focus(), 0);
    }).then(() => resolve(result));
  });
}

/**
 * 公文详情's short form of the tracking, for a distributed document: the progress and each
 * addressee's state, with a link to 发文跟踪. Removes itself when the person may not track it.
 */
export function distributionCard(documentId) {
  const card = h('section', { class: 'card distribution-card', id: 'distribution', 'aria-labelledby': 'distribution-title' },
    h('h3', { id: 'distribution-title' }, '分发与签收'), h('p', { class: 'loading' }, '正在读取…'));
  (async () => {
    let doc;
    try {
      doc = await exchange.sentDocument(documentId, { size: CARD_SIZE });
    } catch (e) {
      card.remove();
      return;
    }
    const list = doc.addressees || [];
    const c = doc.counts || {};
    mount(card,
      h('h3', { id: 'distribution-title' }, '分发与签收'),
      progressChips(c),
      h('ul', { class: 'distribution-list' }, list.map((a) => {
        const chip = stateChip(a, { sent: true });
        return h('li', {}, h('span', {}, a.addressee?.name), h('span', { class: chip.cls }, chip.label));
      })),
      (c.total || 0) > list.length ? h('p', { class: 'hint' }, `共 ${c.total} 家，其余见发文跟踪。`) : null,
      h('a', { class: 'btn btn-secondary btn-block', href: trackingHref(documentId), id: 'open-tracking' }, '发文跟踪'));
  })();
  return card;
}
