/**
 * 验章: anyone (signed in or not) chooses a sealed PDF and sees whether its seals are valid — a
 * big 有效 / 无效 / 无法确认 banner with the server's summary, then one card per signature: who
 * sealed, which unit and seal, when (China's time), whether it covers the whole document, whether
 * the file changed afterwards, and every check with its outcome.
 */
import { h, mount } from '../dom.js';
import { formMessage, showProblem, clearProblems } from '../forms.js';
import {
  seals, statusOf, outcomeOf, checkName, formatTime, PROFILES, CHANGES_AFTER, MAX_PDF_BYTES,
} from '../seals.js';

let pending = null;

/** A file to verify as soon as 验章 opens (用印 hands over the copy it has just sealed). */
export function setPendingVerification(file) {
  pending = file;
}

export async function verifyView(container, { session }) {
  const result = h('section', { id: 'verify-result', class: 'verify-result', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'verify-pdf', name: 'pdf', accept: 'application/pdf,.pdf',
    class: 'file-input', 'aria-describedby': 'verify-pdf-hint verify-pdf-error', dataset: { problem: 'seal.pdf' } });
  const form = h('form', { class: 'verify-form', novalidate: true, 'aria-labelledby': 'verify-title' },
    formMessage(),
    h('div', { class: 'field' },
      input,
      h('label', { for: 'verify-pdf', class: 'file-pick' }, h('span', { class: 'btn' }, '选择 PDF 文件'),
        h('span', { class: 'file-name', id: 'verify-file-name' }, '未选择文件')),
      h('span', { class: 'hint', id: 'verify-pdf-hint' }, '文件只用于本次核验，不会保存在平台上。'),
      h('span', { class: 'field-error', id: 'verify-pdf-error', hidden: true })));

  async function run(file) {
    clearProblems(form);
    document.getElementById('verify-file-name').textContent = file.name;
    if (file.size > MAX_PDF_BYTES) {
      mount(result);
      showProblem(form, { code: 'seal.pdf', detail: 'PDF 文件超过50MB，无法验章。' });
      return;
    }
    mount(result, h('p', { class: 'loading' }, '正在验章…'));
    try {
      const report = await seals.verify(file);
      mount(result, ...renderReport(report, file.name));
      container.querySelector('.verify')?.classList.add('has-result');
      result.querySelector('.verdict')?.focus({ preventScroll: false });
    } catch (e) {
      mount(result);
      if (!e.signedOut) showProblem(form, e);
    }
  }

  input.addEventListener('change', () => { if (input.files[0]) run(input.files[0]); });
  form.addEventListener('submit', (event) => { event.preventDefault(); if (input.files[0]) run(input.files[0]); });

  mount(container, h('div', { class: 'verify' },
    h('section', { class: 'card verify-intro' },
      h('h2', { id: 'verify-title' }, '电子公文验章'),
      h('p', { class: 'lead' }, '选择盖有电子印章的 PDF 文件，核验签章人、印章、盖章时间，以及盖章后文件是否被改动。无需登录。'),
      form),
    result,
    session.me ? null : h('p', { class: 'foot' }, h('a', { href: '#/login' }, '返回登录'))));

  if (pending) {
    const file = pending;
    pending = null;
    await run(file);
  }
}

export function renderReport(report, fileName) {
  const none = !report.signatureCount;
  const status = none ? { label: '未发现签章', cls: 'indeterminate' } : statusOf(report.status);
  return [
    h('div', { class: `verdict verdict-${status.cls}`, role: 'status', tabindex: '-1', dataset: { status: report.status } },
      h('span', { class: 'verdict-mark', 'aria-hidden': 'true' }, status.cls === 'passed' ? '✓' : status.cls === 'failed' ? '✗' : '!'),
      h('div', {},
        h('p', { class: 'verdict-label' }, status.label),
        h('p', { class: 'verdict-summary' }, report.summary),
        h('p', { class: 'verdict-file' }, fileName, none ? null : ` · 共 ${report.signatureCount} 个签章`))),
    (report.signatures || []).map(signatureCard),
  ];
}

/** Checks whose failure means the signed bytes are no longer those that were sealed. */
const CONTENT_CHECKS = new Set(['pdf-message-digest', 'data-hash', 'pdf-no-change-after-signing', 'pdf-byte-range']);

function changesText(s) {
  if (s.checks.some((c) => CONTENT_CHECKS.has(c.name) && c.outcome === 'FAILED')) {
    return { text: '已改动（文件内容与盖章时不一致）', bad: true };
  }
  if (!s.changesAfter) return { text: '—', bad: false };
  return { text: CHANGES_AFTER[s.changesAfter] || s.changesAfter, bad: s.changesAfter === 'OTHER_CHANGES' };
}

function checksSummary(checks) {
  const counts = {};
  checks.forEach((c) => { counts[c.outcome] = (counts[c.outcome] || 0) + 1; });
  const parts = ['PASSED', 'FAILED', 'INDETERMINATE', 'SKIPPED'].filter((o) => counts[o])
    .map((o) => `${outcomeOf(o).label} ${counts[o]} 项`);
  return `核验项目（${parts.join('，')}）`;
}

function signatureCard(s) {
  const status = statusOf(s.status);
  const row = (label, value, cls) => [h('dt', {}, label), h('dd', { class: cls }, value ?? '—')];
  const changes = changesText(s);
  const failed = s.checks.filter((c) => c.outcome === 'FAILED');
  return h('article', { class: `card signature signature-${status.cls}`, 'aria-label': `第 ${s.number} 个签章` },
    h('div', { class: 'signature-head' },
      h('h3', {}, `签章 ${s.number}`),
      h('span', { class: `chip status-${status.cls}` }, status.label),
      s.profile ? h('span', { class: 'sub' }, PROFILES[s.profile] || s.profile) : null),
    failed.length ? h('p', { class: 'failed-checks' }, `未通过：${failed.map((c) => checkName(c.name)).join('、')}`) : null,
    h('dl', { class: 'facts' },
      row('签章人', s.signerName, 'signer'),
      row('单位', s.unit),
      row('印章', s.sealName, 'seal-name'),
      row('盖章时间', formatTime(s.signingTime)),
      row('是否覆盖全文', s.coversWholeDocument ? '是' : '否（签章只覆盖文件的一部分）', s.coversWholeDocument ? null : 'bad'),
      row('盖章后是否改动', changes.text, changes.bad ? 'bad' : null)),
    h('details', { class: 'checks-list', open: s.status !== 'PASSED' },
      h('summary', {}, checksSummary(s.checks)),
      h('ul', {}, s.checks.map((c) => {
        const o = outcomeOf(c.outcome);
        return h('li', { class: `check-item check-${o.cls}` },
          h('span', { class: 'check-icon', 'aria-hidden': 'true' }, o.icon),
          h('span', { class: 'check-body' },
            h('span', { class: 'check-name' }, checkName(c.name), h('span', { class: 'visually-hidden' }, `：${o.label}`)),
            h('span', { class: 'check-detail' }, c.detail)));
      }))));
}
