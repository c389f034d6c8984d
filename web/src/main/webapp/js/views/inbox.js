/**
 * 收文箱 (the unit's inbox of exchange packages) for clerks and unit administrators: the tabs
 * 待签收/已签收/已退回/已撤回, 50 packages a page, reloaded by itself whenever the live badge says the
 * inbox changed; and one package: its metadata, the checks the platform ran on arrival, the PDF and
 * the attachments, with 签收 and 退回 (a reason is required).
 */
import { h, mount } from '../dom.js';
import { formMessage, openDialog, showProblem, submitting } from '../forms.js';
import { routeQuery, shortTime, fileSize } from '../documents.js';
import { formatTime } from '../seals.js';
import { badge, learned, onBadges } from '../badges.js';
import {
  exchange, INBOX_TABS, PAGE_SIZE, packageHref, roleName, stateChip, urgencyName,
} from '../exchange.js';

/** The time column that tells what happened to a package on each tab. */
const TAB_TIME = {
  WAITING: null,
  ACCEPTED: ['签收时间', (p) => `${shortTime(p.acceptedAt)}${p.acceptedBy ? ` · ${p.acceptedBy}` : ''}`],
  RETURNED: ['退回', (p) => `${shortTime(p.returnedAt)}${p.returnReason ? `：${p.returnReason}` : ''}`],
  RECALLED: ['撤回时间', (p) => shortTime(p.recalledAt)],
};

export async function inboxView(container) {
  const q = routeQuery();
  const state = INBOX_TABS.some(([s]) => s === q.get('state')) ? q.get('state') : 'WAITING';
  let page = Math.max(0, Number.parseInt(q.get('page'), 10) || 0);
  const summary = h('p', { id: 'inbox-summary' });
  const results = h('section', { id: 'inbox-results', 'aria-live': 'polite' });

  async function load() {
    const [result, count] = await Promise.all([
      exchange.inbox(state, page),
      exchange.inboxCount().catch(() => null),
    ]);
    if (count) learned('waitingPackages', count.waiting);
    const pages = Math.max(1, Math.ceil((result.total ?? result.items.length) / (result.size || PAGE_SIZE)));
    if (page >= pages && page > 0) { // the last page emptied (packages accepted meanwhile)
      page = pages - 1;
      await load();
      return;
    }
    const label = INBOX_TABS.find(([s]) => s === state)[1];
    summary.textContent = result.total ? `${label} ${result.total} 件` : `没有${label}的公文`;
    mount(results,
      result.items.length ? inboxTable(result.items, state)
        : h('p', { class: 'empty' }, state === 'WAITING' ? '没有待签收的公文。新公文送达时会自动出现在这里。' : `没有${label}的公文。`),
      pages > 1 ? pager(page, pages, (p) => { page = p; load().catch(shown); }) : null);
  }

  const shown = (e) => {
    if (!e.signedOut) mount(results, h('div', { class: 'form-error', role: 'alert' }, e.detail || '收文箱暂时无法读取。'));
  };

  // The server says the inbox changed (a package arrived, was recalled or urged, a colleague acted):
  // reload, once for a burst of pushes.
  let reloading = null;
  const stop = onBadges(() => {
    if (!container.isConnected) { stop(); return; }
    if (reloading) return;
    reloading = setTimeout(() => { reloading = null; if (container.isConnected) load().catch(shown); }, 300);
  });

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '收文箱'), summary),
      h('a', { class: 'btn btn-quiet desk-only', href: '#/exchange/sent' }, '发文跟踪')),
    h('nav', { class: 'tabs', 'aria-label': '收文状态' }, INBOX_TABS.map(([s, label]) =>
      h('a', { class: 'tab', href: `#/exchange/inbox?state=${s}`, 'aria-current': s === state ? 'page' : null, dataset: { state: s } },
        label, s === 'WAITING' ? badge('waitingPackages', '件待签收') : null))),
    results);
  await load();
}

function inboxTable(items, state) {
  const extra = TAB_TIME[state];
  return h('table', { class: 'list inbox-list tappable' },
    h('thead', {}, h('tr', {},
      h('th', {}, '文号'), h('th', {}, '标题'), h('th', {}, '来文单位'), h('th', {}, '主送/抄送'),
      h('th', {}, '紧急程度'), h('th', {}, '收到时间'), extra ? h('th', {}, extra[0]) : null)),
    h('tbody', {}, items.map((p) => {
      const urgency = urgencyName(p.urgency);
      return h('tr', { class: p.urgeCount ? 'is-urged' : null, dataset: { packageId: p.id } },
        h('td', { class: 'number-cell', 'data-label': '文号' }, p.documentNumber || '—'),
        h('td', { class: 'primary', 'data-label': '标题' },
          h('a', { class: 'task-link package-link', href: packageHref(p.id) }, p.title),
          h('span', { class: 'task-flags' },
            p.urgeCount ? h('span', { class: 'chip chip-warn flag-urged', title: p.urgeMessage || '' },
              `催办${p.urgeCount > 1 ? ` ${p.urgeCount}` : ''}`) : null,
            urgency ? h('span', { class: 'chip chip-danger phone-only' }, urgency) : null)),
        h('td', { 'data-label': '来文单位', class: 'sender-cell' }, p.sender?.name || '—'),
        h('td', { 'data-label': '主送/抄送', class: 'role-cell' }, roleName(p.role)),
        h('td', { 'data-label': '紧急程度', class: `urgency-cell desk-only-cell ${urgency ? 'urgent' : ''}` }, urgency || '—'),
        h('td', { 'data-label': '收到时间', class: 'received-cell' }, shortTime(p.receivedAt)),
        extra ? h('td', { 'data-label': extra[0], class: 'outcome-cell' }, extra[1](p)) : null);
    })));
}

function pager(page, pages, go) {
  return h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'btn btn-quiet', disabled: page <= 0, onclick: () => go(page - 1) }, '上一页'),
    h('span', {}, `第 ${page + 1} / ${pages} 页`),
    h('button', { type: 'button', class: 'btn btn-quiet', disabled: page >= pages - 1, onclick: () => go(page + 1) }, '下一页'));
}

/** Shown once at the top of the next render (after 签收 or 退回). */
let flash = null;
let blobUrls = [];

export async function packageView(container, ctx) {
  blobUrls.forEach((u) => URL.revokeObjectURL(u));
  blobUrls = [];
  const id = routeQuery().get('id');
  const p = await exchange.inboxItem(id);
  const files = p.files || [];
  const body = files.find(isBody) || files.find((f) => /pdf/i.test(f.mediaType || '')) || null;
  const attachments = files.filter((f) => f !== body);
  const clerk = ctx.session.has('CLERK');

  const reload = async (message) => {
    flash = message;
    await packageView(container, ctx);
    window.scrollTo(0, 0);
  };

  const message = flash;
  flash = null;
  const state = stateChip(p, { id: 'package-state' });
  const urgency = urgencyName(p.urgency);
  mount(container,
    message ? h('div', { class: 'flash form-ok', role: 'status', id: 'flash' }, message) : null,
    h('div', { class: 'doc-head' },
      h('ul', { class: 'chips doc-chips', 'aria-label': '公文状态' },
        h('li', { class: state.cls, id: state.id }, state.label),
        h('li', { class: 'chip' }, roleName(p.role)),
        p.kind ? h('li', { class: 'chip' }, p.kindName || p.kind) : null,
        urgency ? h('li', { class: 'chip chip-danger' }, urgency) : null,
        p.urgeCount ? h('li', { class: 'chip chip-warn', id: 'package-urged' }, `已催办 ${p.urgeCount} 次`) : null),
      h('a', { class: 'btn btn-quiet btn-small', href: `#/exchange/inbox?state=${encodeURIComponent(p.state)}` }, '返回收文箱')),
    h('div', { class: 'doc-layout' },
      h('div', { class: 'doc-main' },
        h('section', { class: 'card package-card', 'aria-labelledby': 'package-title' },
          h('p', { class: 'package-from' }, p.sender?.name || ''),
          h('h2', { class: 'doc-title', id: 'package-title' }, p.title),
          p.documentNumber ? h('p', { class: 'package-number', id: 'package-number' }, p.documentNumber) : null,
          p.urgeCount && p.state === 'WAITING' ? h('p', { class: 'urge-note', role: 'note' },
            `来文单位于 ${formatTime(p.urgedAt)} 催办${p.urgeMessage ? `：“${p.urgeMessage}”` : '，请尽快签收。'}`) : null,
          facts(p)),
        body ? pdfCard(p, body) : h('section', { class: 'card' }, h('h3', {}, '正文'), h('p', { class: 'none' }, '交换包中没有正文文件。')),
        attachments.length ? h('section', { class: 'card', id: 'package-attachments', 'aria-labelledby': 'package-attachments-title' },
          h('h3', { id: 'package-attachments-title' }, `附件（${attachments.length}）`), fileTable(p, attachments)) : null),
      h('div', { class: 'doc-side' },
        p.state === 'WAITING' && clerk ? actionCard(p, reload) : null,
        p.receiptsByMedia ? mediaCard(p) : null,
        p.state === 'WAITING' && !clerk ? h('section', { class: 'card' }, h('p', { class: 'none' }, '签收和退回由本单位的文书（收发员）办理。')) : null,
        verificationCard(p.verification))));
}

function isBody(f) {
  return ['MAIN', 'BODY', '正文'].includes(f.role);
}

function facts(p) {
  const row = (label, value, cls) => (value ? [h('dt', {}, label), h('dd', { class: cls || null }, value)] : null);
  return h('dl', { class: 'facts package-facts', id: 'package-facts' },
    row('文号', p.documentNumber),
    row('来文单位', p.sender ? `${p.sender.name}${p.sender.uscc ? `（${p.sender.uscc}）` : ''}` : null),
    row('主送/抄送', roleName(p.role)),
    row('紧急程度', urgencyName(p.urgency) || '无'),
    row('成文日期', p.documentDate),
    row('收到时间', formatTime(p.receivedAt)),
    p.acceptedAt ? row('签收', `${formatTime(p.acceptedAt)}${p.acceptedBy ? ` · ${p.acceptedBy}` : ''}`) : null,
    p.returnedAt ? row('退回', formatTime(p.returnedAt)) : null,
    p.returnedAt ? row('退回理由', p.returnReason, 'bad') : null,
    p.recalledAt ? row('撤回', `${formatTime(p.recalledAt)}（来文单位已撤回）`) : null,
    p.urgeCount ? row('催办', `${p.urgeCount} 次，最近 ${formatTime(p.urgedAt)}${p.urgeMessage ? `：${p.urgeMessage}` : ''}`) : null,
    row('交换包编号', p.packageId, 'code'));
}

/** The body PDF: shown in a frame (desk), downloadable everywhere. */
function pdfCard(p, file) {
  const card = h('section', { class: 'card pdf-card', id: 'package-pdf', 'aria-labelledby': 'package-pdf-title' },
    h('h3', { id: 'package-pdf-title' }, '正文'), h('p', { class: 'loading' }, '正在读取正文…'));
  (async () => {
    let blob;
    try {
      ({ blob } = await exchange.file(p.id, fileDigest(file), file.mediaType || 'application/pdf'));
    } catch (e) {
      if (e.signedOut) return;
      mount(card, h('h3', { id: 'package-pdf-title' }, '正文'), h('p', { class: 'form-error' }, e.detail || '正文暂时无法读取。'));
      return;
    }
    const url = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: 'application/pdf' }));
    blobUrls.push(url);
    mount(card,
      h('h3', { id: 'package-pdf-title' }, '正文'),
      h('p', { class: 'hint file-line' }, `${file.name || ''} · ${fileSize(file.size ?? blob.size)}`),
      h('div', { class: 'actions' },
        h('a', { class: 'btn btn-secondary', href: url, download: file.name || `${p.title}.pdf`, id: 'package-pdf-download' }, '下载 PDF'),
        h('a', { class: 'btn btn-quiet', href: url, target: '_blank', rel: 'noopener' }, '新窗口打开')),
      h('iframe', { class: 'pdf-preview', src: `${url}#navpanes=0&view=FitH`, title: '正文预览',
        onload: (e) => { e.target.dataset.loaded = 'true'; } }));
  })();
  return card;
}

function fileDigest(f) {
  return f.sm3 || f.digest || f.sm3Digest;
}

function fileTable(p, files) {
  return h('table', { class: 'list attachments-list' },
    h('thead', {}, h('tr', {}, h('th', {}, '文件'), h('th', {}, '类型'), h('th', {}, '大小'), h('th', {}, 'SM3'))),
    h('tbody', {}, files.map((f) => h('tr', {},
      h('td', { class: 'primary', 'data-label': '文件' },
        h('a', { href: exchange.fileUrl(p.id, fileDigest(f)), download: f.name || '' }, f.name || fileDigest(f))),
      h('td', { 'data-label': '类型' }, f.mediaType || '—'),
      h('td', { 'data-label': '大小', class: 'num' }, f.size == null ? '—' : fileSize(f.size)),
      h('td', { 'data-label': 'SM3', class: 'digest-cell' }, h('code', { class: 'digest' }, fileDigest(f) || '—'))))));
}

/** What the platform checked when the package arrived: each check, passed or why not. */
function verificationCard(v) {
  if (!v) return null;
  const checks = v.checks || [];
  return h('section', { class: `card verification-card ${v.valid ? 'is-valid' : 'is-invalid'}`, id: 'package-checks',
    'aria-labelledby': 'package-checks-title' },
    h('h3', { id: 'package-checks-title' }, '到达验证 ',
      h('span', { class: `chip ${v.valid ? 'status-passed' : 'status-failed'}`, id: 'package-verdict' }, v.valid ? '全部通过' : '未通过')),
    !v.valid && v.summary ? h('p', { class: 'form-error' }, v.summary) : null,
    h('ul', { class: 'package-checks' }, checks.map((c) => h('li', {
      class: `check-item check-${c.passed ? 'passed' : 'failed'}`, dataset: { check: c.check || '' } },
    h('span', { class: 'check-icon', 'aria-hidden': 'true' }, c.passed ? '✓' : '✗'),
    h('span', { class: 'check-body' },
      h('span', { class: 'check-name' }, c.label || c.check,
        h('span', { class: 'check-outcome' }, c.passed ? '通过' : '未通过')),
      c.detail ? h('span', { class: 'check-detail' }, c.detail) : null)))));
}

/**
 * A package that came on media (介质交换) from a platform not connected to this one: its receipt cannot go
 * back by itself. The clerk exports it as a file (the last one issued: 已送达, then 已签收 or 已退回).
 */
function mediaCard(p) {
  const done = p.state !== 'WAITING';
  return h('section', { class: 'card media-card', id: 'package-media', 'aria-labelledby': 'package-media-title' },
    h('h3', { id: 'package-media-title' }, '介质交换'),
    h('p', { class: 'hint' }, '这份来文由交换包文件导入，来文单位所在平台与本平台不相连，回执不能自动送回。'
      + (done ? '请导出回执文件，交来文单位导入。' : '签收或退回后，请导出回执文件交来文单位导入。')),
    h('a', { class: `btn ${done ? 'btn-secondary' : 'btn-quiet'} btn-block`, id: 'receipt-file', href: exchange.receiptFileUrl(p.id),
      download: `${p.documentNumber || p.packageId}-回执.xtx` }, done ? '导出回执文件' : '导出回执文件（已送达）'));
}

/** 签收 at once; 退回 asks for the reason, which the sender will read. */
function actionCard(p, reload) {
  const form = h('form', { class: 'action-form', novalidate: true, 'aria-label': '签收或退回' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      await exchange.accept(p.id);
      await reload(p.receiptsByMedia ? '已签收。请导出回执文件，交来文单位导入。' : '已签收，回执已发给来文单位。');
    });
  });
  mount(form, formMessage(),
    h('p', { class: 'hint' }, p.receiptsByMedia ? '签收前请核对正文和附件。' : '签收前请核对正文和附件；签收后回执自动发给来文单位。'),
    h('div', { class: 'action-buttons exchange-buttons' },
      h('button', { type: 'submit', class: 'btn btn-approve', id: 'accept-package' }, '签收'),
      h('button', { type: 'button', class: 'btn btn-danger', id: 'return-package', onclick: () => askReturn(p, reload) }, '退回')));
  return h('section', { class: 'card action-card', id: 'package-actions', 'aria-labelledby': 'package-actions-title' },
    h('h3', { id: 'package-actions-title' }, '签收'), form);
}

function askReturn(p, reload) {
  return openDialog('退回来文', (form, close) => {
    const reason = h('textarea', { id: 'return-reason', name: 'reason', rows: 4, maxlength: 500, required: true,
      'aria-describedby': 'return-reason-error', dataset: { problem: 'exchange.return.reason' },
      placeholder: '如：非本单位职责范围，请改送南江市财政局' });
    mount(form, formMessage(),
      h('p', { class: 'hint' }, `退回“${p.title}”。理由将随回执发给${p.sender?.name || '来文单位'}。`),
      h('div', { class: 'field' }, h('label', { for: 'return-reason', class: 'required' }, '退回理由'), reason,
        h('span', { class: 'field-error', id: 'return-reason-error', hidden: true })),
      h('div', { class: 'dialog-foot' },
        h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('cancel') }, '取消'),
        h('button', { type: 'submit', class: 'btn btn-danger', id: 'confirm-return' }, '确认退回')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = reason.value.trim();
      if (!text) {
        showProblem(form, { code: 'exchange.return.reason', detail: '请填写退回理由。' });
        return;
      }
      submitting(form, async () => {
        await exchange.returnPackage(p.id, text);
        close('done');
        await reload(p.receiptsByMedia ? '已退回。请导出回执文件，交来文单位导入。' : '已退回，理由已随回执发给来文单位。');
      });
    });
    setTimeout(() => reason.focus(), 0);
  });
}
