/**
 * 拟稿: the draft of an outgoing document with every GB/T 9704 element, grouped as a person fills
 * them in — 文种 and the header (份号, 密级, 紧急程度, 行文方向), the addressees and title, 正文 in a
 * small rich-text editor, the closing and imprint (附件说明, 署名, 成文日期, 附注, 印发机关/日期),
 * and disclosure and the policy flags. Each 保存 is a revision; once saved, attachments can be
 * added, the readiness list says what submission still needs, and 提交 sends it on its route with
 * the countersigning departments ticked.
 */
import { h, mount, uid } from '../dom.js';
import {
  field, checkboxes, formMessage, showProblem, showDone, clearProblems, submitting, text, checkedValues,
} from '../forms.js';
import { org } from '../org.js';
import {
  docs, flow, KINDS, DIRECTIONS, URGENCIES, DISCLOSURES, routeQuery, documentHref, fileSize, shortTime,
} from '../documents.js';
import { richTextEditor } from '../richtext.js';

const options = (list) => list.map(([value, label]) => ({ value, label }));

/** A labelled multi-line text field. */
function textarea({ label, name, value = '', rows = 3, hint, problem, wide = true, required = false }) {
  const id = uid(name);
  return h('div', { class: `field ${wide ? 'wide' : ''}` },
    h('label', { for: id, class: required ? 'required' : null }, label),
    h('textarea', {
      id, name, rows, 'aria-describedby': `${hint ? `${id}-hint ` : ''}${id}-error`,
      dataset: problem ? { problem } : undefined,
    }, value || ''),
    hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('span', { class: 'field-error', id: `${id}-error`, hidden: true }));
}

/** Radio buttons in a fieldset. */
function radios({ legend, name, items, value, problem, required = false }) {
  return h('fieldset', { class: 'field', dataset: problem ? { problem } : undefined },
    h('legend', { class: required ? 'required' : null }, legend),
    h('div', { class: 'radios' }, items.map(([v, l]) => h('label', { class: 'check' },
      h('input', { type: 'radio', name, value: v, checked: String(value) === String(v) }), l))),
    h('span', { class: 'field-error', hidden: true }));
}

/**
 * A unit picker: chosen units as removable chips, and a search box that asks /api/units?q= as one
 * types (250 ms after the last key) and offers the first ten matches.
 */
export function unitPicker({ label, name, chosen = [], problem, hint }) {
  const id = uid(name);
  const units = new Map(chosen.map((u) => [u.id, u.name]));
  const chips = h('ul', { class: 'unit-chips', 'aria-label': `已选${label}` });
  const results = h('ul', { class: 'unit-results', id: `${id}-results`, role: 'listbox', hidden: true, 'aria-label': `${label}候选` });
  const input = h('input', {
    type: 'search', id, autocomplete: 'off', placeholder: '输入单位名称查找，如“教育局”', enterkeyhint: 'search',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': `${id}-results`, 'aria-autocomplete': 'list',
    'aria-describedby': `${hint ? `${id}-hint ` : ''}${id}-error`, dataset: { unitSearch: name },
  });

  function renderChips() {
    mount(chips, [...units].map(([uidValue, unitName]) => h('li', { class: 'unit-chip', dataset: { unitId: uidValue } },
      h('span', {}, unitName),
      h('button', {
        type: 'button', class: 'unit-chip-remove', 'aria-label': `移除${unitName}`,
        onclick: () => { units.delete(uidValue); renderChips(); input.focus(); },
      }, '×'))));
    chips.hidden = units.size === 0;
  }

  function close() { results.hidden = true; input.setAttribute('aria-expanded', 'false'); }

  let timer = null;
  let latest = 0;
  async function search() {
    const q = input.value.trim();
    const mine = ++latest;
    if (!q) { close(); return; }
    try {
      const page = await org.units({ q, page: 1, size: 10 });
      if (mine !== latest) return;
      const items = page.items.filter((u) => !units.has(u.id));
      mount(results, items.length ? items.map((u) => h('li', { role: 'option' },
        h('button', {
          type: 'button', class: 'unit-option', dataset: { unitId: u.id },
          onclick: () => { units.set(u.id, u.name); renderChips(); input.value = ''; close(); input.focus(); },
        }, u.name, u.shortName ? h('span', { class: 'sub' }, u.shortName) : null)))
        : h('li', { class: 'none' }, '没有找到匹配的单位'));
      results.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } catch (e) {
      if (mine === latest) close();
    }
  }
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    if (e.key === 'Enter') { e.preventDefault(); clearTimeout(timer); search(); }
    if (e.key === 'ArrowDown' && !results.hidden) { e.preventDefault(); results.querySelector('button')?.focus(); }
  });
  results.addEventListener('keydown', (e) => {
    const buttons = [...results.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && at < buttons.length - 1) { e.preventDefault(); buttons[at + 1].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? buttons[at - 1] : input).focus(); }
    if (e.key === 'Escape') { close(); input.focus(); }
  });
  renderChips();

  return {
    element: h('div', { class: 'field wide unit-picker', dataset: problem ? { problem } : undefined },
      h('label', { for: id }, label),
      chips,
      h('div', { class: 'unit-search' }, input, results),
      hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null,
      h('span', { class: 'field-error', id: `${id}-error`, hidden: true })),
    values: () => [...units.keys()],
  };
}

export async function draftView(container, { session, navigate }) {
  let id = routeQuery().get('id');
  let draft = id ? await docs.get(id) : null;
  const [forms, departments] = await Promise.all([
    docs.normativeForms().then((f) => f.forms || []).catch(() => []),
    org.departments(session.me.unitId).catch(() => []),
  ]);

  const main = unitPicker({ label: '主送机关', name: 'mainAddressees', chosen: draft?.mainAddressees || [],
    problem: 'document.addressee document.main-addressee', hint: '可选多个；公告、通告、纪要等可不填主送机关' });
  const copied = unitPicker({ label: '抄送机关', name: 'copiedAddressees', chosen: draft?.copiedAddressees || [],
    problem: 'document.copied-addressee' });
  const editor = richTextEditor({ id: 'draft-body', label: '正文', html: draft?.body || '', problem: 'document.body',
    hint: '可用加粗、倾斜、下划线、标题、编号列表；粘贴的内容按纯文本放入' });

  const d = draft || {};
  const form = h('form', { class: 'card draft-form', novalidate: true, 'aria-label': '发文稿' },
    formMessage(),
    h('fieldset', { class: 'group' }, h('legend', {}, '文种与版头'),
      h('div', { class: 'form-grid form-grid-4' },
        field({ label: '文种', name: 'kind', value: d.kind || 'NOTICE', options: options(KINDS), required: true, problem: 'document.kind' }),
        field({ label: '行文方向', name: 'direction', value: d.direction || 'DOWNWARD', options: options(DIRECTIONS), required: true, problem: 'document.direction' }),
        field({ label: '紧急程度', name: 'urgency', value: d.urgency || 'NONE', options: options(URGENCIES), problem: 'document.urgency' }),
        field({ label: '份号', name: 'copyNumber', value: d.copyNumber || '', problem: 'document.copy-number',
          hint: '1–6 位数字，如 000001', attrs: { inputmode: 'numeric', maxlength: 6 } }),
        field({ label: '密级', name: 'classification', value: '非涉密', options: [{ value: '非涉密', label: '非涉密' }],
          problem: 'document.classified', hint: '平台只办理非涉密公文' }),
        field({ label: '签发人', name: 'signer', value: d.signer || '', problem: 'document.signer', hint: '上行文填写' }))),
    h('fieldset', { class: 'group' }, h('legend', {}, '标题与收文机关'),
      h('div', { class: 'form-grid' },
        field({ label: '发文机关标志', name: 'issuingOrganMark', value: d.issuingOrganMark || '', wide: true,
          problem: 'document.issuing-organ-mark', attrs: { placeholder: '如：南江市人民政府办公室文件' } }),
        field({ label: '标题', name: 'title', value: d.title || '', required: true, wide: true, problem: 'document.title',
          attrs: { maxlength: 200, placeholder: '发文机关＋事由＋文种，如：南江市人民政府办公室关于……的通知' } }),
        main.element,
        copied.element)),
    h('fieldset', { class: 'group' }, h('legend', {}, '正文'), editor.element),
    h('fieldset', { class: 'group' }, h('legend', {}, '附件说明、落款与版记'),
      h('div', { class: 'form-grid' },
        textarea({ label: '附件说明', name: 'attachmentNotes', value: d.attachmentNotes, rows: 2, problem: 'document.attachment-notes',
          hint: '每行一件，如：1. 检查工作安排表' }),
        field({ label: '发文机关署名', name: 'signatureOrgan', value: d.signatureOrgan || '', problem: 'document.signature-organ' }),
        field({ label: '成文日期', name: 'writtenDate', type: 'date', value: d.writtenDate || '', problem: 'document.written-date' }),
        textarea({ label: '附注', name: 'notes', value: d.notes, rows: 2, problem: 'document.notes', hint: '如：（联系人：王浩然，电话：……）' }),
        field({ label: '印发机关', name: 'printingOrgan', value: d.printingOrgan || '', problem: 'document.printing-organ' }),
        field({ label: '印发日期', name: 'printingDate', type: 'date', value: d.printingDate || '', problem: 'document.printing-date' }))),
    h('fieldset', { class: 'group' }, h('legend', {}, '公开属性与文件性质'),
      h('div', { class: 'form-grid' },
        radios({ legend: '公开属性', name: 'disclosure', items: DISCLOSURES, value: d.disclosure || '', problem: 'document.disclosure', required: true }),
        radios({ legend: '政策性文件', name: 'policyDocument', items: [['true', '是'], ['false', '否']],
          value: d.policyDocument === undefined || d.policyDocument === null ? '' : String(d.policyDocument), problem: 'document.policy', required: true }),
        textarea({ label: '不予公开或依申请公开的理由', name: 'nonDisclosureReason', value: d.nonDisclosureReason, rows: 2,
          problem: 'document.non-disclosure-reason' }),
        h('div', { class: 'field wide' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'normative', checked: Boolean(d.normative) }), '规范性文件'),
          h('span', { class: 'hint', id: 'normative-forms' }, forms.length
            ? `规范性文件须附：${forms.join('、')}（在下方“附件”中上传时选择对应的附件类别）`
            : '本单位未规定规范性文件的必备附件')))),
    h('div', { class: 'actions form-actions' },
      h('button', { type: 'submit', class: 'btn', id: 'save-draft' }, '保存'),
      h('span', { class: 'hint', id: 'draft-revision' })));

  const reasonField = form.elements.nonDisclosureReason.closest('.field');
  const syncReason = () => {
    const v = form.querySelector('input[name="disclosure"]:checked')?.value;
    reasonField.hidden = !v || v === 'PROACTIVE';
  };
  form.querySelectorAll('input[name="disclosure"]').forEach((r) => r.addEventListener('change', syncReason));
  syncReason();

  const attachmentsCard = h('section', { class: 'card', id: 'attachments', 'aria-labelledby': 'attachments-title' });
  const submitCard = h('section', { class: 'card submit-card', id: 'submit-card', 'aria-labelledby': 'submit-title' });
  const head = h('div', { class: 'page-head' });

  function renderHead() {
    mount(head,
      h('div', {}, h('h2', {}, draft ? '修改发文稿' : '拟稿'),
        h('p', {}, draft ? `${draft.kindName} · 第 ${draft.revision} 稿 · ${draft.drafterName} 拟稿${draft.documentNumber ? ` · ${draft.documentNumber}` : ''}`
          : '填写公文要素；保存后可上传附件、检查是否可以提交')),
      draft ? h('div', { class: 'actions' },
        h('a', { class: 'btn btn-secondary', href: `#/docs/revisions?id=${encodeURIComponent(draft.id)}` }, '修订记录'),
        h('a', { class: 'btn btn-quiet', href: '#/docs/mine' }, '我的拟稿')) : null);
    const rev = form.querySelector('#draft-revision');
    rev.textContent = draft ? `当前第 ${draft.revision} 稿，保存于 ${shortTime(draft.updatedAt)}` : '';
  }

  function data() {
    const disclosure = form.querySelector('input[name="disclosure"]:checked')?.value || null;
    const policy = form.querySelector('input[name="policyDocument"]:checked')?.value;
    const urgency = form.elements.urgency.value;
    return {
      kind: form.elements.kind.value,
      direction: form.elements.direction.value,
      urgency: urgency === 'NONE' ? null : urgency,
      copyNumber: text(form, 'copyNumber'),
      classification: '非涉密',
      signer: text(form, 'signer'),
      issuingOrganMark: text(form, 'issuingOrganMark'),
      title: text(form, 'title'),
      mainAddressees: main.values(),
      copiedAddressees: copied.values(),
      body: editor.isEmpty() ? null : editor.getHtml(),
      attachmentNotes: text(form, 'attachmentNotes'),
      signatureOrgan: text(form, 'signatureOrgan'),
      writtenDate: text(form, 'writtenDate'),
      notes: text(form, 'notes'),
      printingOrgan: text(form, 'printingOrgan'),
      printingDate: text(form, 'printingDate'),
      disclosure,
      nonDisclosureReason: disclosure && disclosure !== 'PROACTIVE' ? text(form, 'nonDisclosureReason') : null,
      policyDocument: policy === undefined ? null : policy === 'true',
      normative: form.elements.normative.checked,
      baseRevision: draft?.revision,
    };
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const before = draft?.revision;
      draft = draft ? await docs.save(draft.id, data()) : await docs.create(data());
      if (!id) {
        id = draft.id;
        history.replaceState(null, '', `#/docs/draft?id=${encodeURIComponent(id)}`);
      }
      renderHead();
      showDone(form, before === draft.revision ? '内容没有变化，未产生新稿次。' : `已保存为第 ${draft.revision} 稿。`);
      await Promise.all([renderAttachments(), renderSubmit()]);
    });
  });

  async function renderAttachments() {
    if (!draft) {
      mount(attachmentsCard, h('h3', { id: 'attachments-title' }, '附件'), h('p', { class: 'none' }, '保存后可上传附件。'));
      return;
    }
    const list = await docs.attachments(draft.id);
    const upload = h('form', { class: 'attach-form', novalidate: true, 'aria-label': '上传附件' },
      formMessage(),
      h('div', { class: 'attach-row' },
        h('div', { class: 'field' },
          h('label', { for: 'attachment-file' }, '选择文件'),
          h('input', { type: 'file', id: 'attachment-file', name: 'file', dataset: { problem: 'document.attachment' },
            accept: '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.wps,.ofd' }),
          h('span', { class: 'field-error', hidden: true })),
        field({ label: '附件类别', name: 'form', options: [{ value: '', label: '一般附件' }, ...forms.map((f) => ({ value: f, label: f }))],
          problem: 'document.attachment.form' }),
        h('button', { type: 'submit', class: 'btn btn-secondary', id: 'upload-attachment' }, '上传')),
      h('p', { class: 'hint' }, 'PDF、OFD、Word、Excel、WPS、图片；单个不超过 20MB，合计不超过 100MB'));
    upload.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = upload.elements.file.files[0];
      if (!file) { showProblem(upload, { code: 'document.attachment', detail: '请先选择文件。' }); return; }
      submitting(upload, async () => {
        await docs.attach(draft.id, file, upload.elements.form.value || null);
        await Promise.all([renderAttachments(), renderSubmit()]);
      });
    });
    mount(attachmentsCard,
      h('h3', { id: 'attachments-title' }, `附件（${list.length}）`),
      list.length ? attachmentTable(draft.id, list, async (a) => {
        if (!window.confirm(`删除附件“${a.fileName}”？`)) return;
        try {
          await docs.removeAttachment(draft.id, a.id);
        } catch (e) {
          if (!e.signedOut) showProblem(upload, e);
          return;
        }
        await Promise.all([renderAttachments(), renderSubmit()]);
      }) : h('p', { class: 'none' }, '暂无附件。'),
      upload);
  }

  async function renderSubmit() {
    if (!draft) {
      mount(submitCard, h('h3', { id: 'submit-title' }, '提交'), h('p', { class: 'none' }, '保存后检查是否可以提交。'));
      return;
    }
    const [readiness, started] = await Promise.all([docs.readiness(draft.id),
      flow.started(1, 200, draft.id).then((p) => p.items).catch(() => [])]);
    const running = started.find((i) => i.documentId === draft.id && i.state === 'RUNNING');
    const checks = readiness.ready
      ? h('p', { class: 'readiness readiness-ok', id: 'readiness', role: 'status' }, '✓ 要素齐全，可以提交。')
      : h('div', { class: 'readiness readiness-missing', id: 'readiness', role: 'status' },
        h('p', {}, `提交前还需要处理 ${readiness.missing.length} 项：`),
        h('ul', {}, readiness.missing.map((m) => h('li', {}, m))));
    if (draft.drafterId !== session.me.personId) {
      // a reviewer or leader revising someone else's draft: the drafter submits, not them
      mount(submitCard, h('h3', { id: 'submit-title' }, '提交前检查'), checks,
        h('p', { class: 'hint' }, `由拟稿人${draft.drafterName}提交；修改保存后即为新稿次，流程中的同事看到的是最新稿。`));
      return;
    }
    if (running) {
      mount(submitCard, h('h3', { id: 'submit-title' }, '提交'), checks,
        h('p', {}, `已提交，当前环节：${running.currentStepName || '—'}。 `,
          h('a', { href: documentHref({ documentId: draft.id, instanceId: running.id }) }, '查看流程')));
      return;
    }
    const submitForm = h('form', { novalidate: true, 'aria-label': '提交发文稿' },
      formMessage(),
      checkboxes({ legend: '会签处室（可不选）', name: 'countersign', problem: 'workflow.signer',
        items: departments.map((dep) => ({ value: dep.id, label: dep.name })) }),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'btn', id: 'submit-draft', disabled: !readiness.ready }, '提交'),
        h('span', { class: 'hint' }, '提交后按本单位的流程模板送核稿')));
    submitForm.addEventListener('submit', (event) => {
      event.preventDefault();
      submitting(submitForm, async () => {
        const signers = checkedValues(submitForm, 'countersign').map((departmentId) => ({ departmentId }));
        const instance = await flow.submit(draft.id, signers);
        navigate(documentHref({ documentId: draft.id, instanceId: instance.id }).slice(1));
      });
    });
    mount(submitCard, h('h3', { id: 'submit-title' }, '提交前检查'), checks, submitForm);
  }

  renderHead();
  mount(container, head, form, attachmentsCard, submitCard);
  await Promise.all([renderAttachments(), renderSubmit()]);
  clearProblems(form);
}

/** The attachments of a draft: name (a download link), type, size, category; optional 删除. */
export function attachmentTable(documentId, list, onRemove) {
  return h('table', { class: 'list attachments-list' },
    h('thead', {}, h('tr', {}, h('th', {}, '文件'), h('th', {}, '类型'), h('th', {}, '大小'), h('th', {}, '类别'),
      onRemove ? h('th', {}, h('span', { class: 'visually-hidden' }, '操作')) : null)),
    h('tbody', {}, list.map((a) => h('tr', { dataset: { attachmentId: a.id } },
      h('td', { class: 'primary', 'data-label': '文件' },
        h('a', { href: docs.attachmentUrl(documentId, a.id), download: a.fileName }, a.fileName)),
      h('td', { 'data-label': '类型' }, a.fileTypeName || a.fileType),
      h('td', { 'data-label': '大小', class: 'num' }, fileSize(a.size)),
      h('td', { 'data-label': '类别' }, a.form || '一般附件'),
      onRemove ? h('td', { class: 'actions-cell' },
        h('button', { type: 'button', class: 'btn btn-danger btn-small', onclick: () => onRemove(a) }, '删除')) : null))));
}
