/**
 * 流程模板 (unit administrators): the unit's template for each of the 15 kinds (version, built-in
 * or imported, steps, who changed it), and for one kind its steps and its JSON to edit. A refused
 * import shows the server's message with every problem on a line of its own, with its path.
 */
import { h, mount } from '../dom.js';
import { formMessage, showDone, clearProblems, submitting } from '../forms.js';
import { flow, routeQuery } from '../documents.js';
import { formatTime } from '../seals.js';

export async function templatesView(container) {
  const kind = routeQuery().get('kind');
  if (kind) return templateView(container, kind);
  const list = await flow.templates();
  mount(container,
    h('div', { class: 'page-head' }, h('div', {}, h('h2', {}, '流程模板'),
      h('p', {}, '本单位 15 个文种的发文流程；版本 0 为平台默认模板，导入后生成新版本，已在办的公文仍按原版本流转'))),
    h('table', { class: 'list templates-list tappable' },
      h('thead', {}, h('tr', {}, h('th', {}, '文种'), h('th', {}, '模板名称'), h('th', {}, '版本'), h('th', {}, '环节数'),
        h('th', {}, '最后修改'))),
      h('tbody', {}, list.map((t) => h('tr', { dataset: { kind: t.kind } },
        h('td', { class: 'primary', 'data-label': '文种' },
          h('a', { class: 'task-link', href: `#/admin/templates?kind=${encodeURIComponent(t.kind)}` }, t.kindName)),
        h('td', { 'data-label': '模板名称' }, t.name),
        h('td', { 'data-label': '版本' }, t.builtIn ? '默认' : `第 ${t.version} 版`),
        h('td', { 'data-label': '环节数', class: 'num' }, t.steps),
        h('td', { 'data-label': '最后修改' }, t.updatedBy ? `${t.updatedBy} · ${formatTime(t.updatedAt)}` : '—'))))));
}

async function templateView(container, kind) {
  let template = await flow.template(kind);
  const editor = h('textarea', { id: 'template-json', name: 'json', class: 'code-editor', rows: 24, spellcheck: 'false',
    'aria-describedby': 'template-json-hint template-errors' }, pretty(template.json));
  const errors = h('div', { class: 'form-error template-errors', id: 'template-errors', role: 'alert', hidden: true });
  const steps = h('div', {});
  const form = h('form', { class: 'card', novalidate: true, 'aria-label': '编辑流程模板' },
    formMessage(), errors,
    h('div', { class: 'field' },
      h('label', { for: 'template-json' }, '模板 JSON'),
      editor,
      h('span', { class: 'hint', id: 'template-json-hint' },
        '环节类型：REVIEW 核稿、COUNTERSIGN 会签、SIGN_OFF 签发、NUMBERING 编号、LAYOUT 排版、SEALING 用印、DISTRIBUTION 分发、APPROVAL 审批；'
        + '办理人：{"role": "LEADER"}、{"role": "REVIEWER", "department": "秘书科"}、{"department": "综合科"}、{"person": "登录名"}；时限如 PT8H、P2D')),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'btn', id: 'save-template' }, '保存为新版本'),
      h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => { editor.value = pretty(template.json); clearProblems(form); errors.hidden = true; } }, '还原')));

  function renderSteps() {
    mount(steps, h('h3', {}, `${template.name} · ${template.builtIn ? '默认模板' : `第 ${template.version} 版`}`),
      h('ol', { class: 'route template-steps' }, template.steps.map((s) => h('li', { class: 'route-step' },
        h('span', { class: 'route-name' }, `${s.name}（${s.typeName}${s.mode ? `，${s.mode === 'PARALLEL' ? '并行' : '顺序'}` : ''}）`),
        h('span', { class: 'sub' }, [s.chosenAtSubmit ? '提交时选择会签处室' : (s.assignees || []).join('、'),
          s.deadline ? `时限 ${s.deadline}` : null].filter(Boolean).join(' · '))))));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.hidden = true;
    submitting(form, async () => {
      try {
        template = await flow.saveTemplate(kind, editor.value);
      } catch (e) {
        if (e.signedOut) return;
        // "流程模板有 2 处错误：a；b" → one line per problem
        const [lead, rest] = splitProblems(e.detail || '');
        mount(errors, h('p', {}, lead), rest.length ? h('ul', {}, rest.map((p) => h('li', {}, p))) : null);
        errors.hidden = false;
        editor.setAttribute('aria-invalid', 'true');
        errors.scrollIntoView({ block: 'nearest' });
        return;
      }
      editor.removeAttribute('aria-invalid');
      editor.value = pretty(template.json);
      renderSteps();
      showDone(form, `已保存为第 ${template.version} 版。`);
    });
  });

  renderSteps();
  mount(container,
    h('div', { class: 'page-head' }, h('div', {}, h('h2', {}, `流程模板：${template.kindName}`)),
      h('a', { class: 'btn btn-quiet', href: '#/admin/templates' }, '全部文种')),
    h('section', { class: 'card' }, steps),
    form);
}

function pretty(json) {
  try { return JSON.stringify(JSON.parse(json), null, 2); } catch (e) { return json || ''; }
}

function splitProblems(detail) {
  const at = detail.indexOf('：');
  if (at < 0 || !detail.includes('；')) return [detail, []];
  return [detail.slice(0, at + 1), detail.slice(at + 1).split('；').map((s) => s.trim()).filter(Boolean)];
}
