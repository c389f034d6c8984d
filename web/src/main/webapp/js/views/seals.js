/**
 * 印章管理 (seal administrators: the unit's seals as cards, 制作印章) and 用印 (the users of a seal:
 * choose a seal, a PDF, page and position; download the sealed copy).
 */
import { h, mount } from '../dom.js';
import {
  field, checkboxes, formMessage, submitting, text, checkedValues, openDialog, showProblem, showDone,
} from '../forms.js';
import { org } from '../org.js';
import {
  seals, formatDate, todayInChina, chinaDayToInstant, sealedFileName, pdfPageCount, MAX_PDF_BYTES,
} from '../seals.js';
import { setPendingVerification } from './verify.js';

/** Whether the seal may be used now: 有效 / 未生效 / 已过期. */
export function validity(seal, now = Date.now()) {
  if (seal.validFrom && Date.parse(seal.validFrom) > now) return { label: '未生效', cls: 'chip-warn', usable: false };
  if (seal.validTo && Date.parse(seal.validTo) < now) return { label: '已过期', cls: 'chip-muted', usable: false };
  return { label: '有效', cls: 'chip-ok', usable: true };
}

export function sealPicture(seal, size = 120) {
  return h('img', { class: 'seal-picture', src: seals.pictureUrl(seal.id), alt: `${seal.name}印章图样`,
    width: size, height: size, loading: 'lazy', decoding: 'async' });
}

/* ------------------------------------------------------------------ 印章管理 */

export async function sealAdminView(container, { session, refreshSealUse }) {
  const unitId = session.me.unitId;
  const [unitName, people] = await Promise.all([org.unitName(unitId), org.people(unitId)]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const list = h('section', { class: 'seal-list', 'aria-label': '本单位印章' });
  const top = h('form', { novalidate: true }, formMessage());

  async function reload() {
    const all = await seals.list();
    if (!all.length) {
      mount(list, h('p', { class: 'empty' }, '本单位还没有电子印章。点“制作印章”为本单位制作第一枚印章。'));
      return;
    }
    mount(list, all.map((s) => {
      const v = validity(s);
      return h('article', { class: 'card seal-card', dataset: { sealId: s.id }, 'aria-label': s.name },
        sealPicture(s),
        h('div', { class: 'seal-info' },
          h('h3', {}, s.name, ' ', h('span', { class: `chip ${v.cls}` }, v.label)),
          h('dl', { class: 'facts' },
            h('dt', {}, '用途'), h('dd', {}, s.purpose),
            h('dt', {}, '有效期'), h('dd', {}, `${formatDate(s.validFrom)} 至 ${formatDate(s.validTo)}`),
            h('dt', {}, '使用人'), h('dd', {}, h('ul', { class: 'chips seal-users' },
              s.users.map((id) => h('li', { class: 'chip' }, names.get(id) || '（已离岗人员）')))),
            h('dt', {}, '印章编码'), h('dd', { class: 'code' }, s.esId),
            h('dt', {}, '制作日期'), h('dd', {}, formatDate(s.createdAt)))));
    }));
  }

  async function make() {
    const made = await openDialog('制作印章', (form, close) => {
      form.append(formMessage(),
        field({ label: '印章用途', name: 'purpose', value: '公文专用章', required: true,
          hint: `印章名称为单位名称加用途，如“${unitName}公文专用章”`, problem: ['seal.purpose', 'seal.spec'],
          attrs: { maxlength: 40 } }),
        checkboxes({ legend: '使用人（本单位人员，可多选）', name: 'users', problem: 'seal.user',
          items: people.map((p) => ({ value: p.id, label: p.position ? `${p.name}（${p.position}）` : p.name })) }),
        h('div', { class: 'form-grid' },
          field({ label: '生效日期', name: 'validFrom', type: 'date', value: todayInChina(), problem: ['seal.validity'] }),
          field({ label: '失效日期', name: 'validTo', type: 'date', value: todayInChina(1),
            hint: '当天 24 时失效', problem: ['seal.validity'] })),
        h('div', { class: 'dialog-foot' },
          h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('') }, '取消'),
          h('button', { type: 'submit', class: 'btn' }, '制作')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const users = checkedValues(form, 'users');
        if (!users.length) {
          showProblem(form, { code: 'seal.users.missing', detail: '请至少选择一名印章使用人。' });
          return;
        }
        submitting(form, async () => {
          const from = text(form, 'validFrom');
          // Starting today means starting now: a seal made at 15:00 may be used at once.
          const validFrom = from && from !== todayInChina() ? chinaDayToInstant(from) : null;
          await seals.make({ purpose: text(form, 'purpose'), users, validFrom,
            validTo: chinaDayToInstant(text(form, 'validTo'), true) });
          close('made');
        });
      });
    });
    if (made === 'made') {
      await reload().catch((e) => showProblem(top, e));
      refreshSealUse?.();
      showDone(top, '印章已制作。');
    }
  }

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '印章管理'), h('p', {}, unitName)),
      h('button', { type: 'button', class: 'btn', id: 'make-seal', onclick: make }, '制作印章')),
    top, list);
  await reload();
}

/* ------------------------------------------------------------------ 用印 */

/** Where the stamp goes on an A4 page (mm from the top-left; the seal is 42 mm across). */
const POSITIONS = [
  { value: 'signature', label: '落款处（右下）', x: 140, y: 215 },
  { value: 'top-right', label: '右上角', x: 140, y: 30 },
  { value: 'bottom-left', label: '左下', x: 28, y: 215 },
  { value: 'center', label: '页面中央', x: 84, y: 128 },
  { value: 'custom', label: '自定义' },
];

export async function sealUseView(container, { session }) {
  const mine = (await seals.list()).filter((s) => s.users.includes(session.me.personId));
  if (!mine.length) {
    mount(container,
      h('div', { class: 'page-head' }, h('div', {}, h('h2', {}, '用印'))),
      h('p', { class: 'empty' }, '您还不是本单位任何印章的使用人。如需用印，请联系本单位印章管理员。'));
    return;
  }
  const usable = mine.filter((s) => validity(s).usable);
  const result = h('section', { class: 'seal-result', 'aria-live': 'polite' });
  const pagesHint = h('span', { class: 'hint', id: 'pdf-pages' }, '选择文件后自动定位到最后一页');
  const form = h('form', { class: 'seal-use', novalidate: true, 'aria-label': '用印' }, formMessage());

  const sealChoice = h('fieldset', { class: 'field seal-choice', dataset: { problem: 'seal.user seal.not-valid seal.certificate seal.not-found' } },
    h('legend', {}, '选择印章'),
    h('div', { class: 'seal-options' }, mine.map((s) => {
      const v = validity(s);
      return h('label', { class: `seal-option${v.usable ? '' : ' disabled'}` },
        h('input', { type: 'radio', name: 'seal', value: s.id, disabled: !v.usable, checked: s === usable[0] }),
        sealPicture(s, 64),
        h('span', {}, h('strong', {}, s.name),
          h('span', { class: 'sub' }, `${formatDate(s.validFrom)} 至 ${formatDate(s.validTo)}`),
          v.usable ? null : h('span', { class: `chip ${v.cls}` }, v.label)));
    })),
    h('span', { class: 'field-error', hidden: true }));

  const fileInput = h('input', { type: 'file', id: 'seal-pdf', name: 'pdf', accept: 'application/pdf,.pdf', required: true,
    'aria-describedby': 'seal-pdf-error', dataset: { problem: 'seal.pdf' } });
  const fileField = h('div', { class: 'field' },
    h('label', { for: 'seal-pdf', class: 'required' }, '要盖章的 PDF 文件'),
    fileInput,
    h('span', { class: 'field-error', id: 'seal-pdf-error', hidden: true }));

  const pageField = field({ label: '页码', name: 'page', type: 'number', value: 1, required: true,
    problem: ['seal.pdf.page', 'seal.page'], attrs: { min: 1, step: 1, inputmode: 'numeric' } });
  pageField.append(pagesHint);
  const positionField = field({ label: '位置', name: 'position', value: 'signature',
    options: POSITIONS.map((p) => ({ value: p.value, label: p.label })) });
  const xField = field({ label: '距左边（毫米）', name: 'x', type: 'number', value: POSITIONS[0].x,
    problem: ['seal.pdf.position'], attrs: { min: 0, step: 1, inputmode: 'numeric' } });
  const yField = field({ label: '距上边（毫米）', name: 'y', type: 'number', value: POSITIONS[0].y,
    attrs: { min: 0, step: 1, inputmode: 'numeric' } });

  form.append(sealChoice, fileField,
    h('div', { class: 'form-grid seal-place' }, pageField, positionField, xField, yField),
    h('p', { class: 'hint' }, '印章直径 42 毫米，位置为印章左上角距页面左上角的距离；默认盖在最后一页的落款处。'),
    h('button', { type: 'submit', class: 'btn', id: 'apply-seal' }, '盖章'));

  let pageCount = null;
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    mount(result);
    pageCount = null;
    if (!file) { pagesHint.textContent = '选择文件后自动定位到最后一页'; return; }
    pagesHint.textContent = '正在读取页数…';
    pageCount = await pdfPageCount(file);
    form.elements.page.value = pageCount || 1;
    if (pageCount) form.elements.page.max = pageCount;
    else form.elements.page.removeAttribute('max');
    pagesHint.textContent = pageCount ? `共 ${pageCount} 页，默认盖在最后一页` : '未能读出页数，请填写要盖章的页码';
  });
  form.elements.position.addEventListener('change', () => {
    const p = POSITIONS.find((x) => x.value === form.elements.position.value);
    if (p?.x !== undefined) { form.elements.x.value = p.x; form.elements.y.value = p.y; }
  });
  const toCustom = () => { form.elements.position.value = 'custom'; };
  form.elements.x.addEventListener('input', toCustom);
  form.elements.y.addEventListener('input', toCustom);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const sealId = form.querySelector('input[name="seal"]:checked')?.value;
    const file = fileInput.files[0];
    if (!sealId) { showProblem(form, { code: 'seal.user', detail: '请选择印章。' }); return; }
    if (!file) { showProblem(form, { code: 'seal.pdf', detail: '请选择要盖章的 PDF 文件。' }); return; }
    if (file.size > MAX_PDF_BYTES) { showProblem(form, { code: 'seal.pdf', detail: 'PDF 文件超过50MB，无法盖章。' }); return; }
    const page = Number(form.elements.page.value);
    if (!Number.isInteger(page) || page < 1 || (pageCount && page > pageCount)) {
      showProblem(form, { code: 'seal.page', detail: pageCount ? `页码须在 1 到 ${pageCount} 之间。` : '请填写正确的页码。' });
      return;
    }
    const seal = mine.find((s) => s.id === sealId);
    submitting(form, async () => {
      mount(result, h('p', { class: 'loading' }, '正在盖章…'));
      let sealed;
      try {
        sealed = await seals.apply(sealId, file, { page, x: form.elements.x.value, y: form.elements.y.value });
      } catch (e) {
        mount(result);
        throw e;
      }
      showSealed(seal, file.name, sealed, page);
    });
  });

  let objectUrl = null;
  function showSealed(seal, originalName, blob, page) {
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    const pdf = new Blob([blob], { type: 'application/pdf' });
    objectUrl = URL.createObjectURL(pdf);
    const name = sealedFileName(originalName);
    const download = h('a', { class: 'btn', id: 'sealed-download', href: objectUrl, download: name }, `下载 ${name}`);
    mount(result, h('div', { class: 'card seal-done' },
      h('p', { class: 'form-ok', role: 'status' }, `已在第 ${page} 页加盖“${seal.name}”。`),
      h('div', { class: 'actions' },
        download,
        h('a', { class: 'btn btn-secondary', href: '#/verify',
          onclick: () => setPendingVerification(new File([pdf], name, { type: 'application/pdf' })) }, '验章'))));
    download.click(); // the browser saves it at once; the link stays for another copy
  }

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '用印'), h('p', {}, '在 PDF 文件上加盖电子印章，盖章后可下载和验章'))),
    h('section', { class: 'card seal-use-card' }, form),
    result);
}
