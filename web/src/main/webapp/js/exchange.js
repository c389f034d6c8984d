/**
 * The exchange API (公文交换: 收文箱, 签收/退回, 发文跟踪, 撤回/催办) in one place, with the Chinese
 * names the screens show for states, roles and urgency (the server's own labels win when it sends them).
 */
import { get, post, getBlob } from './api.js';
import { nameOf, URGENCIES } from './documents.js';

const enc = encodeURIComponent;

/** The inbox and the sent lists come 50 to a page. */
export const PAGE_SIZE = 50;
/** A document's addressees come 100 to a page in 发文跟踪. */
export const TRACKING_PAGE_SIZE = 100;

export const exchange = {
  /** state: WAITING | ACCEPTED | RETURNED | RECALLED | ALL; page counts from 0. */
  inbox: (state, page = 0) => get('/exchange/inbox', { state, page, size: PAGE_SIZE }),
  inboxCount: () => get('/exchange/inbox/count'),
  /** One package: its inbox item with `files` and `verification` (flat, whatever shape the server nests it in). */
  async inboxItem(id) {
    const d = await get(`/exchange/inbox/${enc(id)}`);
    return d.item ? { ...d.item, files: d.files, verification: d.verification, signer: d.signer, receiptsByMedia: d.receiptsByMedia } : d;
  },
  /** The receipt last issued for a package that came on media, as a file to carry back (介质交换). */
  receiptFileUrl: (id) => new URL(`api/exchange/inbox/${enc(id)}/receipt-file`, document.baseURI).href,
  fileUrl: (id, sm3) => new URL(`api/exchange/inbox/${enc(id)}/files/${enc(sm3)}`, document.baseURI).href,
  file: (id, sm3, accept) => getBlob(`/exchange/inbox/${enc(id)}/files/${enc(sm3)}`, { accept }),
  accept: (id) => post(`/exchange/inbox/${enc(id)}/accept`),
  returnPackage: (id, reason) => post(`/exchange/inbox/${enc(id)}/return`, { reason }),
  /** Resolves to { items, total? } (the server may answer with the list alone). */
  async sent(page = 0) {
    const r = await get('/exchange/sent', { page, size: PAGE_SIZE });
    return Array.isArray(r) ? { items: r } : r;
  },
  /**
   * A distributed document: its counts by state and one page of its addressees; state (comma-separated
   * states), q (part of a unit's name or credit code) and page narrow the list.
   */
  sentDocument: (documentId, { state, q, page = 0, size = TRACKING_PAGE_SIZE } = {}) =>
    get(`/exchange/sent/${enc(documentId)}`, { state: state || undefined, q: q || undefined, page, size }),
  recall: (packageId, reason) => post(`/exchange/packages/${enc(packageId)}/recall`, { reason }),
  urge: (packageId, message) => post(`/exchange/packages/${enc(packageId)}/urge`, { message }),
  /** 催办 every addressee still to accept; resolves to { urged, urgedRecently }. */
  urgeAll: (documentId, message) => post(`/exchange/sent/${enc(documentId)}/urge`, { message }),
};

/** The inbox's tabs, in the order a clerk works through them. */
export const INBOX_TABS = [
  ['WAITING', '待签收'], ['ACCEPTED', '已签收'], ['RETURNED', '已退回'], ['RECALLED', '已撤回'],
];

/** The sender's per-addressee states (docs/exchange.md). */
export const SENT_STATES = {
  QUEUED: { label: '待发送', cls: 'chip-muted' },
  SENT: { label: '已发送', cls: '' },
  DELIVERED: { label: '已送达', cls: 'chip-warn' },
  ACCEPTED: { label: '已签收', cls: 'chip-ok' },
  RETURNED: { label: '已退回', cls: 'chip-danger' },
  RECALLING: { label: '撤回中', cls: 'chip-muted' },
  RECALLED: { label: '已撤回', cls: 'chip-muted' },
  FAILED: { label: '投递失败', cls: 'chip-danger' },
};

const INBOX_STATES = {
  WAITING: { label: '待签收', cls: 'chip-warn' },
  ACCEPTED: { label: '已签收', cls: 'chip-ok' },
  RETURNED: { label: '已退回', cls: 'chip-danger' },
  RECALLED: { label: '已撤回', cls: 'chip-muted' },
};

/** The chip of a package's state: the server's label when given, else ours. */
export function stateChip(item, { sent = false, id } = {}) {
  const known = (sent ? SENT_STATES : INBOX_STATES)[item.state] || { label: item.state, cls: 'chip-muted' };
  return { label: item.stateLabel || known.label, cls: `chip state-chip ${known.cls}`.trim(), id };
}

/** 主送 or 抄送, whether the server says MAIN/COPY or the Chinese word. */
export function roleName(role) {
  return { MAIN: '主送', COPY: '抄送', CC: '抄送', PRIMARY: '主送' }[role] || role || '—';
}

/** 特急/加急 or nothing (无 is not worth a word in a list). */
export function urgencyName(urgency) {
  if (!urgency || urgency === 'NONE' || urgency === '无') return '';
  return nameOf(URGENCIES, urgency);
}

/**
 * The filters of 发文跟踪 over a document's addressees: [states asked of the server, label, the counts
 * that add up to the number shown].
 */
export const TRACKING_FILTERS = [
  ['', '全部', ['total']],
  ['DELIVERED', '待签收', ['delivered']],
  ['ACCEPTED', '已签收', ['accepted']],
  ['RETURNED', '已退回', ['returned']],
  ['QUEUED,SENT', '发送中', ['queued', 'sent']],
  ['RECALLING,RECALLED', '撤回', ['recalling', 'recalled']],
  ['FAILED', '投递失败', ['failed']],
];

/**
 * Whether any of a document's packages still changes by itself (the addressee's platform has yet to
 * answer), from its counts by state.
 */
export const countsInFlux = (c) => ['queued', 'sent', 'delivered', 'recalling'].some((k) => (c?.[k] || 0) > 0);

/** Whether a package can be recalled (撤回): sent and not yet accepted or returned. */
export const recallable = (item) => ['SENT', 'DELIVERED'].includes(item.state);
/** Whether it is worth urging (催办): on its way to or waiting in the addressee's inbox. */
export const urgeable = (item) => ['SENT', 'DELIVERED'].includes(item.state);

/** The route of a package in the inbox and of a document's tracking. */
export const packageHref = (id) => `#/exchange/inbox/view?id=${enc(id)}`;
export const trackingHref = (documentId) => `#/exchange/sent/view?id=${enc(documentId)}`;

/** Who may open the inbox (the server checks again) and who may track sent documents. */
export const mayUseInbox = (session) => session.has('CLERK') || session.has('UNIT_ADMIN');
export const mayTrackSent = (session) => session.has('CLERK') || session.has('UNIT_ADMIN');
