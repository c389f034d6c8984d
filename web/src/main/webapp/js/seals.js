/**
 * The seal API (印章, 用印, 验章) in one place, with the Chinese names the screens show for the
 * verification report, and the small helpers they share: dates in China's time, a PDF's page count.
 */
import { get, post, sendFile } from './api.js';

/** The server refuses PDFs above this size; the UI says so before uploading. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

export const seals = {
  list: () => get('/seals'),
  make: (data) => post('/seals', data),
  pictureUrl: (id) => new URL(`api/seals/${encodeURIComponent(id)}/picture`, document.baseURI).href,
  /** Resolves to the sealed PDF as a Blob. x, y in mm from the page's top-left corner. */
  apply: (id, pdf, { page, x, y }) => sendFile(`/seals/${encodeURIComponent(id)}/applications`, pdf,
    { accept: 'application/pdf', query: { page, x, y } }),
  /** Public: resolves to the verification report. */
  verify: (pdf) => sendFile('/verification', pdf, { accept: 'application/json' }),
};

/** Overall and per-signature status. */
export const STATUS = {
  PASSED: { label: '有效', cls: 'passed' },
  FAILED: { label: '无效', cls: 'failed' },
  INDETERMINATE: { label: '无法确认', cls: 'indeterminate' },
};
export const statusOf = (s) => STATUS[s] || STATUS.INDETERMINATE;

export const PROFILES = {
  SES_GBT38540: '电子签章（GB/T 38540）',
  CMS_SM2: '数字签名（SM2）',
};

export const CHANGES_AFTER = {
  NONE: '未改动',
  ONLY_FURTHER_SIGNATURES: '仅追加了其他签章',
  OTHER_CHANGES: '有其他改动',
};

/** The checks of a verification report by their stable names; unknown names are shown as they are. */
export const CHECK_NAMES = {
  'pdf-byte-range': '签名范围',
  'pdf-no-change-after-signing': '签后未改动',
  'pdf-signature-format': '签名格式',
  'pdf-message-digest': '文件摘要',
  'pdf-signature-value': '签名值',
  'certificate-chain': '证书链',
  'certificate-signature': '证书签名',
  'certificate-validity': '证书有效期',
  'certificate-profile': '证书用途',
  'certificate-revocation': '证书吊销状态',
  'issuer-constraints': '签发者约束',
  'seal-maker-signature': '制章签名',
  'seal-maker-certificate': '制章者证书',
  'seal-valid-at-signing-time': '盖章时印章在有效期内',
  'signer-allowed-by-seal': '签章人为印章授权使用人',
  'signer-certificate': '签章人证书',
  'signer-signature': '签章签名',
  'data-hash': '数据摘要',
};
export const checkName = (name) => CHECK_NAMES[name] || name;

export const OUTCOMES = {
  PASSED: { label: '通过', icon: '✓', cls: 'passed' },
  FAILED: { label: '未通过', icon: '✗', cls: 'failed' },
  INDETERMINATE: { label: '无法确认', icon: '?', cls: 'indeterminate' },
  SKIPPED: { label: '未检查', icon: '–', cls: 'skipped' },
};
export const outcomeOf = (o) => OUTCOMES[o] || OUTCOMES.INDETERMINATE;

const SHANGHAI = 'Asia/Shanghai';
const dateFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** 2026-03-05 (China's date of an instant). */
export function formatDate(instant) {
  if (!instant) return '—';
  const parts = Object.fromEntries(dateFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** 2026-03-05 14:03:09 (China's time of an instant). */
export function formatTime(instant) {
  if (!instant) return '—';
  const parts = Object.fromEntries(timeFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Today's date in China as yyyy-mm-dd (for date inputs). */
export function todayInChina(plusYears = 0) {
  const [y, m, d] = formatDate(new Date()).split('-').map(Number);
  const date = new Date(Date.UTC(y + plusYears, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/** The instant a day (yyyy-mm-dd) starts in China, or its last second with `endOfDay`. */
export function chinaDayToInstant(day, endOfDay = false) {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  const startUtc = Date.UTC(y, m - 1, d) - 8 * 3600 * 1000; // China has no daylight saving time
  return new Date(startUtc + (endOfDay ? 24 * 3600 * 1000 - 1000 : 0)).toISOString();
}

/** The file name of a sealed copy: 通知.pdf → 通知-已盖章.pdf. */
export function sealedFileName(name) {
  const base = (name || '文件').replace(/\.pdf$/i, '');
  return `${base}-已盖章.pdf`;
}

/**
 * The number of pages of a PDF, read in the browser so that the last page can be proposed; null
 * when it cannot be told. Reads the /Count of the page-tree nodes, also inside compressed object
 * streams (PDF 1.5+), and takes the largest (the root's).
 */
export async function pdfPageCount(file) {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = latin1(bytes);
    let count = maxCount(text);
    if (typeof DecompressionStream === 'function') {
      const streams = /\/Type\s*\/ObjStm[^]*?stream\r?\n/g;
      let m;
      while ((m = streams.exec(text)) !== null) {
        const dict = text.slice(text.lastIndexOf('<<', m.index), m.index + m[0].length);
        if (!/\/FlateDecode/.test(dict)) continue;
        const start = m.index + m[0].length;
        const length = /\/Length\s+(\d+)(?!\d)(?!\s+\d+\s+R)/.exec(dict);
        let end = length ? start + Number(length[1]) : text.indexOf('endstream', start);
        if (end < start) break;
        if (!length) while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end -= 1;
        const inflated = await inflate(bytes.subarray(start, end));
        if (inflated) count = Math.max(count ?? 0, maxCount(latin1(inflated)) ?? 0) || count;
      }
    }
    return count && count > 0 ? count : null;
  } catch (e) {
    return null;
  }
}

function latin1(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return s;
}

function maxCount(text) {
  let best = null;
  const pages = /\/Type\s*\/Pages\b/g;
  let m;
  while ((m = pages.exec(text)) !== null) {
    const from = text.lastIndexOf('<<', m.index);
    const to = text.indexOf('>>', m.index);
    const around = text.slice(Math.max(from, 0), to < 0 ? m.index + 200 : to);
    const c = /\/Count\s+(\d+)/.exec(around) || /\/Count\s+(\d+)/.exec(text.slice(m.index, m.index + 300));
    if (c) best = Math.max(best ?? 0, Number(c[1]));
  }
  return best;
}

async function inflate(bytes) {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (e) {
    return null; // a trailing newline or a truncated stream: give up on this one
  }
}
