/**
 * The outgoing-document API (发文: drafts, revisions, attachments, official PDF, sign-offs) and the
 * workflow API (流程: submit, to-do lists, approve/return/transfer, templates) in one place, with the
 * Chinese names the screens show.
 */
import { get, post, put, del, getBlob, sendFile } from './api.js';

const enc = encodeURIComponent;

/** Items a page of the work lists (待办, 已办, 我的拟稿) load at a time. */
export const PAGE_SIZE = 50;

export const docs = {
  create: (data) => post('/documents', data),
  get: (id) => get(`/documents/${enc(id)}`),
  save: (id, data) => put(`/documents/${enc(id)}`, data),
  mine: (page = 1, size = PAGE_SIZE) => get('/documents', { page, size }),
  revisions: (id) => get(`/documents/${enc(id)}/revisions`),
  revision: (id, n) => get(`/documents/${enc(id)}/revisions/${enc(n)}`),
  compare: (id, from, to) => get(`/documents/${enc(id)}/revisions/compare`, { from, to }),
  readiness: (id) => get(`/documents/${enc(id)}/readiness`),
  attachments: (id) => get(`/documents/${enc(id)}/attachments`),
  attach: (id, file, form) => sendFile(`/documents/${enc(id)}/attachments`, file,
    { contentType: file.type || 'application/octet-stream', query: { name: file.name, form } }),
  attachmentUrl: (id, aid) => new URL(`api/documents/${enc(id)}/attachments/${enc(aid)}`, document.baseURI).href,
  removeAttachment: (id, aid) => del(`/documents/${enc(id)}/attachments/${enc(aid)}`),
  normativeForms: () => get('/documents/settings/normative-forms'),
  /** Resolves to { blob, stage } — stage LAID_OUT (排版后) or SEALED (已盖章). */
  async officialPdf(id) {
    const { blob, headers } = await getBlob(`/documents/${enc(id)}/official-pdf`);
    return { blob, stage: headers.get('X-Official-Pdf-Stage') };
  },
  signOffs: (id) => get(`/documents/${enc(id)}/sign-offs`),
};

export const flow = {
  submit: (documentId, signers) => post('/workflow/instances', { documentId, signers }),
  instance: (id) => get(`/workflow/instances/${enc(id)}`),
  /** One page ({items, page, size, total, pages}) of my started instances; documentId narrows it to one document. */
  started: (page = 1, size = PAGE_SIZE, documentId) => get('/workflow/instances/started', { page, size, documentId }),
  withdraw: (id, reason) => post(`/workflow/instances/${enc(id)}/withdraw`, { reason }),
  urge: (id, message) => post(`/workflow/instances/${enc(id)}/urge`, { message }),
  /** One page of 待办: {items, page, size, total, pages, own, overdue, supervision}; instanceId narrows it to one instance. */
  todo: (page = 1, size = PAGE_SIZE, instanceId) => get('/workflow/tasks/todo', { page, size, instanceId }),
  done: (page = 1, size = PAGE_SIZE) => get('/workflow/tasks/done', { page, size }),
  approve: (taskId, opinion, sealId) => post(`/workflow/tasks/${enc(taskId)}/approve`, { opinion, sealId }),
  returnTo: (taskId, toStep, reason) => post(`/workflow/tasks/${enc(taskId)}/return`, { toStep, reason }),
  transfer: (taskId, personId, note) => post(`/workflow/tasks/${enc(taskId)}/transfer`, { personId, note }),
  claim: (taskId) => post(`/workflow/tasks/${enc(taskId)}/claim`),
  templates: () => get('/workflow/templates'),
  template: (kind) => get(`/workflow/templates/${enc(kind)}`),
  /** The template JSON goes up as it was typed (the server reports every problem with its path). */
  saveTemplate: (kind, json) => sendFile(`/workflow/templates/${enc(kind)}`, new Blob([json]),
    { method: 'PUT', contentType: 'application/json' }),
};

/** The 15 kinds (GB/T 9704 and the 党政机关公文处理工作条例), in the order of the regulation. */
export const KINDS = [
  ['RESOLUTION', '决议'], ['DECISION', '决定'], ['ORDER', '命令（令）'], ['COMMUNIQUE', '公报'],
  ['ANNOUNCEMENT', '公告'], ['CIRCULAR', '通告'], ['OPINION', '意见'], ['NOTICE', '通知'],
  ['BULLETIN', '通报'], ['REPORT', '报告'], ['REQUEST', '请示'], ['REPLY', '批复'], ['MOTION', '议案'],
  ['LETTER', '函'], ['MINUTES', '纪要'],
];

export const DIRECTIONS = [['DOWNWARD', '下行'], ['PARALLEL', '平行'], ['UPWARD', '上行']];
export const URGENCIES = [['NONE', '无'], ['URGENT', '加急'], ['EXTRA_URGENT', '特急']];
export const DISCLOSURES = [['PROACTIVE', '主动公开'], ['ON_REQUEST', '依申请公开'], ['NOT_PUBLIC', '不予公开']];
export const nameOf = (list, code) => list.find(([c]) => c === code)?.[1] || code || '';

export const STEP_TYPES = {
  REVIEW: '核稿', COUNTERSIGN: '会签', SIGN_OFF: '签发', NUMBERING: '编号', LAYOUT: '排版',
  SEALING: '用印', DISTRIBUTION: '分发', APPROVAL: '审批',
};

/** Opinions a leader taps rather than types. */
export const PRESET_OPINIONS = ['同意', '同意印发', '请修改后再报', '已阅', '拟同意，请领导审定'];

/** 5月3日 10:20 — short China time for lists. */
const shortFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
export function shortTime(instant) {
  if (!instant) return '—';
  const p = Object.fromEntries(shortFormat.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return `${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/** The route of a document's detail screen. */
export function documentHref({ documentId, instanceId, taskId }) {
  const q = new URLSearchParams();
  if (documentId) q.set('id', documentId);
  if (instanceId) q.set('instance', instanceId);
  if (taskId) q.set('task', taskId);
  return `#/docs/view?${q}`;
}

/** The query of the current hash route (#/docs/view?id=…). */
export function routeQuery() {
  const hash = location.hash.replace(/^#/, '');
  const i = hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
}

export function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
