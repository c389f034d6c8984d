/**
 * 公文详情: the document as it reads (title, number, addressees, body, closing, imprint), its
 * attachments and all its elements; the route's steps and the full history (who, when, what,
 * opinion, 代 whom); the actions on my open task (同意 with an opinion — preset phrases as chips —,
 * 退回 to an earlier step with a reason, 转办; at 用印 the seal when I may use several); the leader's
 * sign-off (签名有效/无效 with the findings); and, once laid out, the official PDF with its
 * verification; once distributed, how far it got at each addressee (分发与签收, linking to 发文跟踪).
 * The same screen serves the desk (two columns) and the leader's phone (one column,
 * big buttons, the document first).
 */
import { h, mount } from '../dom.js';
import { field, formMessage, showProblem, submitting, text } from '../forms.js';
import { org } from '../org.js';
import { seals, formatTime } from '../seals.js';
import {
  docs, flow, routeQuery, documentHref, shortTime, nameOf, DIRECTIONS, PRESET_OPINIONS,
} from '../documents.js';
import { bodyView } from '../richtext.js';
import { attachmentTable } from './draft.js';
import { renderReport } from './verify.js';
import { validity } from './seals.js';
import { distributionCard } from './sent.js';
import { mayTrackSent } from '../exchange.js';

/** Shown once at the top of the next render (after an action). */
let flash = null;
let blobUrls = [];

export async function documentView(container, ctx) {
  blobUrls.forEach((u) => URL.revokeObjectURL(u));
  blobUrls = [];
  const q = routeQuery();
  const documentId = q.get('id');
  let instanceId = q.get('instance');
  const me = ctx.session.me;

  if (!instanceId && documentId) {
    const started = await flow.started().catch(() => []);
    instanceId = started.find((i) => i.documentId === documentId)?.id || null;
  }
  const [draft, instance, todo] = await Promise.all([
    documentId ? docs.get(documentId).catch((e) => { if (e.signedOut) throw e; return null; }) : null,
    instanceId ? flow.instance(instanceId).catch((e) => { if (e.signedOut) throw e; return null; }) : null,
    flow.todo().catch(() => []),
  ]);
  if (!draft && !instance) {
    mount(container, h('div', { class: 'form-error', role: 'alert' }, '找不到该公文，或您无权查看。'),
      h('a', { href: '#/docs/todo' }, '返回待办'));
    return;
  }
  const docId = documentId || instance.documentId;
  const mineOpen = todo.filter((t) => t.instanceId === instance?.id);
  const task = mineOpen.find((t) => t.id === q.get('task') && t.relation !== 'SUPERVISION')
    || mineOpen.find((t) => t.relation !== 'SUPERVISION') || mineOpen[0] || null;

  const [attachments, signOffs] = draft ? await Promise.all([
    docs.attachments(docId).catch(() => []),
    docs.signOffs(docId).catch(() => []),
  ]) : [[], []];

  const reload = async (message) => {
    flash = message;
    const next = documentHref({ documentId: docId, instanceId: instance?.id });
    history.replaceState(null, '', next);
    await documentView(container, ctx);
    window.scrollTo(0, 0);
  };

  const title = draft?.title || instance?.title;
  const number = draft?.documentNumber;
  const paper = draft ? documentPaper(draft, attachments) : h('article', { class: 'card doc-paper' },
    h('h2', { class: 'doc-title', id: 'doc-title' }, title),
    h('p', { class: 'none' }, '您可以办理这份公文的流程，但无权查看其正文。'));

  const distributed = draft && instance?.state === 'COMPLETED' && mayTrackSent(ctx.session);
  const side = [
    task ? actionCard(task, instance, me, reload) : null,
    distributed ? distributionCard(docId) : null,
    signOffs.length ? signOffCard(signOffs) : null,
    instance ? routeCard(instance) : null,
    instance ? historyCard(instance) : null,
    draft && !instance ? h('section', { class: 'card' }, h('h3', {}, '流程'), h('p', { class: 'none' }, '尚未提交。 '),
      h('a', { href: `#/docs/draft?id=${encodeURIComponent(docId)}` }, '继续修改')) : null,
  ];

  const message = flash;
  flash = null;
  const stepNow = instance ? (instance.state === 'RUNNING' ? instance.currentStepName : instance.stateName) : '未提交';
  mount(container,
    message ? h('div', { class: `flash ${message.cls || 'form-ok'}`, role: 'status', id: 'flash' }, message.nodes || message.text) : null,
    h('div', { class: 'doc-head' },
      h('ul', { class: 'chips doc-chips', 'aria-label': '公文状态' },
        h('li', { class: 'chip' }, draft?.kindName || instance?.kindName),
        h('li', { class: `chip ${number ? 'chip-ok' : 'chip-muted'}`, id: 'doc-number' }, number || '未编号'),
        draft?.urgency && draft.urgency !== 'NONE' ? h('li', { class: 'chip chip-danger' }, draft.urgencyName) : null,
        h('li', { class: 'chip chip-muted', id: 'doc-step' }, `当前：${stepNow}`),
        task?.overdue ? h('li', { class: 'chip chip-danger' }, '超时') : null),
      h('div', { class: 'actions desk-only' },
        draft ? h('a', { class: 'btn btn-quiet btn-small', href: `#/docs/revisions?id=${encodeURIComponent(docId)}${instance ? `&instance=${encodeURIComponent(instance.id)}` : ''}` }, '修订记录') : null,
        draft && !number && (draft.drafterId === me.personId || ['REVIEW', 'SIGN_OFF'].includes(task?.stepType))
          ? h('a', { class: 'btn btn-quiet btn-small', href: `#/docs/draft?id=${encodeURIComponent(docId)}` }, '修改文稿') : null,
        instance && instance.state === 'RUNNING' && (instance.drafterId === me.personId)
          ? h('button', { type: 'button', class: 'btn btn-quiet btn-small', onclick: async () => {
            try { const r = await flow.urge(instance.id); await reload({ text: `已催办，通知了 ${r.notified} 人。` }); } catch (e) { if (!e.signedOut) window.alert(e.detail); }
          } }, '催办') : null)),
    h('div', { class: 'doc-layout' },
      h('div', { class: 'doc-main' },
        draft && (number || instance?.state === 'COMPLETED') ? officialPdfCard(docId, title) : null,
        paper,
        attachments.length ? h('section', { class: 'card', id: 'doc-attachments', 'aria-labelledby': 'doc-attachments-title' },
          h('h3', { id: 'doc-attachments-title' }, `附件（${attachments.length}）`), attachmentTable(docId, attachments)) : null,
        draft ? elementsCard(draft) : null),
      h('div', { class: 'doc-side' }, side)));
}

/** The document as it reads on paper. */
function documentPaper(d, attachments) {
  const addressees = (list) => list.map((u) => u.name).join('、');
  return h('article', { class: 'card doc-paper', 'aria-labelledby': 'doc-title' },
    d.issuingOrganMark ? h('p', { class: 'doc-organ' }, d.issuingOrganMark) : null,
    d.documentNumber ? h('p', { class: 'doc-number-line' }, d.documentNumber) : null,
    h('h2', { class: 'doc-title', id: 'doc-title' }, d.title),
    d.mainAddressees?.length ? h('p', { class: 'doc-addressees' }, `${addressees(d.mainAddressees)}：`) : null,
    d.body ? bodyView(d.body, { id: 'doc-body' }) : h('p', { class: 'none' }, '（正文为空）'),
    d.attachmentNotes ? h('div', { class: 'doc-attachment-notes' }, h('span', {}, '附件：'),
      h('span', { class: 'pre' }, d.attachmentNotes)) : null,
    d.signatureOrgan || d.writtenDate ? h('div', { class: 'doc-signature' },
      d.signatureOrgan ? h('p', {}, d.signatureOrgan) : null,
      d.writtenDate ? h('p', {}, chineseDate(d.writtenDate)) : null) : null,
    d.notes ? h('p', { class: 'doc-notes pre' }, d.notes) : null,
    d.copiedAddressees?.length || d.printingOrgan ? h('div', { class: 'doc-imprint' },
      d.copiedAddressees?.length ? h('p', {}, `抄送：${addressees(d.copiedAddressees)}。`) : null,
      d.printingOrgan || d.printingDate ? h('p', { class: 'doc-printing' },
        h('span', {}, d.printingOrgan || ''), h('span', {}, d.printingDate ? `${chineseDate(d.printingDate)}印发` : '')) : null) : null,
    attachments.length ? h('p', { class: 'hint doc-attachment-count' }, `附件 ${attachments.length} 件，见下方附件列表`) : null);
}

/** 2026-11-23 → 2026年11月23日 */
function chineseDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function elementsCard(d) {
  const row = (label, value) => [h('dt', {}, label), h('dd', {}, value || '—')];
  const yesNo = (v) => (v === true ? '是' : v === false ? '否' : '未填');
  return h('details', { class: 'card elements-card' },
    h('summary', {}, '全部公文要素'),
    h('dl', { class: 'facts' },
      row('文种', d.kindName), row('行文方向', nameOf(DIRECTIONS, d.direction)), row('份号', d.copyNumber),
      row('密级', d.classification), row('紧急程度', d.urgencyName), row('发文机关标志', d.issuingOrganMark),
      row('发文字号', d.documentNumber), row('签发人', d.signer), row('标题', d.title),
      row('主送机关', d.mainAddressees?.map((u) => u.name).join('、')),
      row('抄送机关', d.copiedAddressees?.map((u) => u.name).join('、')),
      row('附件说明', d.attachmentNotes), row('发文机关署名', d.signatureOrgan), row('成文日期', d.writtenDate),
      row('附注', d.notes), row('印发机关', d.printingOrgan), row('印发日期', d.printingDate),
      row('公开属性', d.disclosureName), row('不公开理由', d.nonDisclosureReason),
      row('政策性文件', yesNo(d.policyDocument)), row('规范性文件', yesNo(d.normative)),
      row('拟稿人', d.drafterName), row('稿次', `第 ${d.revision} 稿（${formatTime(d.updatedAt)}）`),
      row('内容摘要（SM3）', h('code', { class: 'digest' }, d.contentSm3))));
}

/** My open task: opinion (chips + text), 同意, 退回 (earlier step + reason), 转办; the seal at 用印. */
function actionCard(task, instance, me, reload) {
  const supervision = task.relation === 'SUPERVISION';
  const form = h('form', { class: 'action-form', novalidate: true, 'aria-label': '办理' }, formMessage());
  const opinionId = 'task-opinion';
  const opinion = h('textarea', { id: opinionId, name: 'opinion', rows: 3, maxlength: 1000,
    'aria-describedby': `${opinionId}-error`, dataset: { problem: 'workflow.opinion workflow.reason' },
    placeholder: task.stepType === 'SIGN_OFF' ? '签发意见，如：同意印发' : '办理意见（可不填）' });
  const judging = ['REVIEW', 'COUNTERSIGN', 'SIGN_OFF', 'APPROVAL'].includes(task.stepType);
  const chips = !judging ? null : h('div', { class: 'opinion-chips', role: 'group', 'aria-label': '常用意见' },
    PRESET_OPINIONS.map((p) => h('button', { type: 'button', class: 'opinion-chip', dataset: { opinion: p },
      'aria-pressed': 'false',
      onclick: (e) => {
        opinion.value = p;
        chips.querySelectorAll('.opinion-chip').forEach((c) => c.setAttribute('aria-pressed', String(c === e.currentTarget)));
      } }, p)));
  const sealSlot = h('div', { class: 'seal-choice' });
  const returnSlot = h('div', { class: 'return-slot', hidden: true });
  const transferSlot = h('div', { class: 'transfer-slot', hidden: true });

  const head = h('div', { class: 'action-head' },
    h('h3', { id: 'action-title' }, supervision ? `督办：${task.stepName}` : `办理：${task.stepName}`),
    h('span', { class: `due ${task.overdue ? 'overdue' : ''}` }, task.dueAt ? `截止 ${shortTime(task.dueAt)}${task.overdue ? '（已超时）' : ''}` : ''),
    task.relation === 'DELEGATED' ? h('p', { class: 'hint' }, `您代${task.onBehalfOf}办理`) : null);

  const approve = h('button', { type: 'submit', class: 'btn btn-approve', id: 'approve', name: 'approve' },
    task.stepType === 'SIGN_OFF' ? '同意（签发）' : '同意');
  const returnButton = h('button', { type: 'button', class: 'btn btn-danger', id: 'return' }, '退回');
  const transferButton = h('button', { type: 'button', class: 'btn btn-quiet', id: 'transfer' }, '转办');

  if (task.stepType === 'SEALING') loadSeals(sealSlot, me);

  // 退回: to any earlier step, or to the drafter
  const steps = (instance?.steps || []).filter((s) => s.index < task.stepIndex);
  const returnTarget = field({ label: '退回到', name: 'toStep', value: steps.length ? steps[steps.length - 1].index : -1,
    options: [{ value: -1, label: `拟稿人（${instance?.drafterName || ''}）修改` },
      ...steps.map((s) => ({ value: s.index, label: `${s.name}` }))], problem: 'workflow.return.step' });
  mount(returnSlot, h('p', { class: 'hint' }, '退回须写明理由（填在上面的意见框里）。'), returnTarget,
    h('button', { type: 'button', class: 'btn btn-danger btn-block', id: 'confirm-return', onclick: () => submitting(form, async () => {
      const reason = text(form, 'opinion');
      if (!reason) throw { code: 'workflow.reason', detail: '请填写退回理由。' };
      await flow.returnTo(task.id, Number(form.elements.toStep.value), reason);
      await reload({ text: '已退回。' });
    }) }, '确认退回'));
  returnButton.addEventListener('click', () => { returnSlot.hidden = !returnSlot.hidden; transferSlot.hidden = true; });

  transferButton.addEventListener('click', async () => {
    returnSlot.hidden = true;
    transferSlot.hidden = !transferSlot.hidden;
    if (transferSlot.hidden || transferSlot.childElementCount) return;
    const people = await org.addressBook({ unitId: me.unitId, page: 1, size: 100 }).then((p) => p.items).catch(() => []);
    mount(transferSlot,
      field({ label: '转给', name: 'personId', problem: 'workflow.transfer',
        options: [{ value: '', label: '请选择同事' }, ...people.filter((p) => p.personId !== me.personId)
          .map((p) => ({ value: p.personId, label: `${p.name}${p.departmentName ? `（${p.departmentName}）` : ''}` }))] }),
      h('button', { type: 'button', class: 'btn btn-secondary btn-block', id: 'confirm-transfer', onclick: () => submitting(form, async () => {
        const personId = form.elements.personId.value;
        if (!personId) throw { code: 'workflow.transfer', detail: '请选择转办给谁。' };
        await flow.transfer(task.id, personId, text(form, 'opinion'));
        await reload({ text: '已转办。' });
      }) }, '确认转办'));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const sealId = form.querySelector('input[name="seal"]:checked')?.value || null;
      await flow.approve(task.id, text(form, 'opinion'), sealId);
      if (task.stepType === 'SIGN_OFF') {
        const offs = await docs.signOffs(task.documentId).catch(() => []);
        const mine = offs[offs.length - 1];
        await reload(mine?.valid
          ? { cls: 'form-ok signed-flash', nodes: [h('strong', {}, '已签发，签名有效'), h('span', {}, `${mine.signer} · ${formatTime(mine.signedAt)}`)] }
          : { text: '已签发。' });
      } else {
        await reload({ text: `已同意，${task.stepName}办理完毕。` });
      }
    });
  });

  mount(form, formMessage(),
    supervision ? null : [
      h('div', { class: 'field' }, h('label', { for: opinionId }, task.stepType === 'SIGN_OFF' ? '签发意见' : '意见'), chips, opinion,
        h('span', { class: 'field-error', id: `${opinionId}-error`, hidden: true })),
      sealSlot,
      h('div', { class: 'action-buttons' }, approve, returnButton, transferButton)],
    supervision ? [h('div', { class: 'field' }, h('label', { for: opinionId }, '转办说明'), opinion),
      h('div', { class: 'action-buttons' }, transferButton)] : null,
    returnSlot, transferSlot);
  return h('section', { class: 'card action-card', id: 'action-card', 'aria-labelledby': 'action-title' }, head, form);
}

/** At 用印: the seals I may use now; a choice only when there are several. */
async function loadSeals(slot, me) {
  try {
    const usable = (await seals.list()).filter((s) => s.users.includes(me.personId) && validity(s).usable);
    if (usable.length === 0) {
      mount(slot, h('p', { class: 'form-error' }, '您没有可用的印章。请印章管理员在“印章管理”中为您制作或授权印章。'));
    } else if (usable.length === 1) {
      mount(slot, h('p', { class: 'hint' }, `将加盖：${usable[0].name}`),
        h('input', { type: 'radio', name: 'seal', value: usable[0].id, checked: true, hidden: true }));
    } else {
      mount(slot, h('fieldset', { class: 'field' }, h('legend', { class: 'required' }, '选择要加盖的印章'),
        usable.map((s, i) => h('label', { class: 'check' },
          h('input', { type: 'radio', name: 'seal', value: s.id, checked: i === 0 }), s.name))));
    }
  } catch (e) {
    mount(slot);
  }
}

function signOffCard(signOffs) {
  return h('section', { class: 'card signoff-card', id: 'sign-offs', 'aria-labelledby': 'signoff-title' },
    h('h3', { id: 'signoff-title' }, '签发'),
    signOffs.map((s) => h('div', { class: `signoff signoff-${s.valid ? 'valid' : 'invalid'}` },
      h('p', { class: 'signoff-verdict' }, h('span', { class: `chip ${s.valid ? 'status-passed' : 'status-failed'}` }, s.valid ? '签名有效' : '签名无效'),
        ' ', h('strong', { class: 'signoff-signer' }, s.signer)),
      h('dl', { class: 'facts' },
        h('dt', {}, '签发时间'), h('dd', {}, formatTime(s.signedAt)),
        h('dt', {}, '签发意见'), h('dd', { class: 'signoff-opinion' }, s.opinion || '—'),
        h('dt', {}, '证书序列号'), h('dd', { class: 'code' }, s.certificateSerial || '—')),
      s.findings?.length ? h('ul', { class: `findings ${s.valid ? 'findings-ok' : 'findings-bad'}` }, s.findings.map((f) => h('li', {}, f))) : null)));
}

/** The official PDF: preview (desk), download, and its verification (验章) for a sealed copy. */
function officialPdfCard(docId, title) {
  const card = h('section', { class: 'card pdf-card', id: 'official-pdf', 'aria-labelledby': 'pdf-title' },
    h('h3', { id: 'pdf-title' }, '正式文件'), h('p', { class: 'loading' }, '正在读取正式文件…'));
  (async () => {
    let pdf;
    try {
      pdf = await docs.officialPdf(docId);
    } catch (e) {
      mount(card, h('h3', { id: 'pdf-title' }, '正式文件'), h('p', { class: 'none' }, e.status === 404 || e.status === 409
        ? '排版后可在此预览正式文件。' : (e.detail || '正式文件暂时无法读取。')));
      return;
    }
    const url = URL.createObjectURL(pdf.blob);
    blobUrls.push(url);
    const sealed = pdf.stage === 'SEALED';
    const fileName = `${title}${sealed ? '（已盖章）' : ''}.pdf`;
    const result = h('div', { class: 'pdf-verification', id: 'pdf-verification', 'aria-live': 'polite' });
    const verify = async () => {
      mount(result, h('p', { class: 'loading' }, '正在验章…'));
      try {
        const report = await seals.verify(pdf.blob);
        const [verdict, cards] = renderReport(report, fileName);
        mount(result, verdict, cards.length ? h('details', { class: 'signature-details' },
          h('summary', {}, `签章详情（${cards.length}）`), cards) : null);
      } catch (e) {
        mount(result, h('p', { class: 'form-error' }, e.detail || '验章未能完成。'));
      }
    };
    mount(card,
      h('h3', { id: 'pdf-title' }, '正式文件 ', h('span', { class: `chip ${sealed ? 'chip-ok' : 'chip-muted'}`, id: 'pdf-stage' },
        sealed ? '已盖章' : '已排版，未盖章')),
      h('div', { class: 'actions' },
        h('a', { class: 'btn btn-secondary', href: url, download: fileName, id: 'pdf-download' }, '下载 PDF'),
        h('a', { class: 'btn btn-quiet', href: url, target: '_blank', rel: 'noopener' }, '新窗口打开'),
        sealed ? h('button', { type: 'button', class: 'btn btn-quiet', onclick: verify }, '重新验章') : null),
      result,
      h('iframe', { class: 'pdf-preview', src: `${url}#navpanes=0&view=FitH`, title: '正式文件预览',
        onload: (e) => { e.target.dataset.loaded = 'true'; } }));
    if (sealed) await verify();
  })();
  return card;
}

function routeCard(instance) {
  const done = instance.state === 'COMPLETED';
  return h('section', { class: 'card route-card', 'aria-labelledby': 'route-title' },
    h('h3', { id: 'route-title' }, `流程 · ${instance.stateName}`),
    h('ol', { class: 'route' }, instance.currentStep === -1 && !done
      ? h('li', { class: 'route-step current' }, h('span', { class: 'route-name' }, '拟稿人修改'), h('span', { class: 'sub' }, instance.drafterName)) : null,
    instance.steps.map((s) => {
      const state = done || s.index < instance.currentStep ? 'done' : s.index === instance.currentStep ? 'current' : 'todo';
      const open = instance.tasks.filter((t) => t.stepIndex === s.index && (t.state === 'OPEN' || t.state === 'WAITING'));
      const agreed = instance.tasks.filter((t) => t.stepIndex === s.index && t.state === 'APPROVED');
      return h('li', { class: `route-step ${state}`, dataset: { step: s.index } },
        h('span', { class: 'route-name' }, s.name),
        h('span', { class: 'sub' },
          state === 'current' ? `办理中：${open.map((t) => t.assignee).join('、') || '—'}`
            : state === 'done' ? (agreed.map((t) => t.actedBy).filter(Boolean).join('、') || '已完成') : (s.assignees?.join('、') || (s.chosenAtSubmit ? '提交时选定的处室' : ''))));
    })));
}

function historyCard(instance) {
  return h('section', { class: 'card history-card', 'aria-labelledby': 'history-title' },
    h('h3', { id: 'history-title' }, '办理记录'),
    h('ol', { class: 'history', id: 'history' }, [...instance.history].reverse().map((e) => h('li', { class: 'history-item' },
      h('div', { class: 'history-line' },
        h('strong', {}, e.actorName || '系统'),
        e.onBehalfOfName ? h('span', { class: 'chip chip-muted' }, `代${e.onBehalfOfName}`) : null,
        h('span', { class: 'history-action' }, `${e.stepName ? `${e.stepName} · ` : ''}${e.actionName}`),
        h('time', { datetime: e.at }, shortTime(e.at))),
      e.opinion ? h('p', { class: 'history-opinion' }, `“${e.opinion}”`) : null,
      e.detail ? h('p', { class: 'history-detail' }, e.detail) : null))));
}
