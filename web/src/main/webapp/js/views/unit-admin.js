/**
 * 本单位管理 (unit administrators): the unit's departments (list, create, rename) and its people
 * (list, create, edit, roles, deactivate/reactivate, initial password).
 */
import { h, mount } from '../dom.js';
import {
  field, checkboxes, formMessage, submitting, text, checkedValues, openDialog, showProblem, showDone,
} from '../forms.js';
import { org, ROLES } from '../org.js';

/* ------------------------------------------------------------------ 处室 */

export async function departmentsView(container, { session }) {
  const unitId = session.me.unitId;
  const unitName = await org.unitName(unitId);
  const list = h('section', { 'aria-label': '处室列表' });
  const top = h('form', { novalidate: true }, formMessage());

  async function reload() {
    const departments = await org.departments(unitId);
    if (!departments.length) {
      mount(list, h('p', { class: 'empty' }, '本单位还没有处室，请先新建。'));
      return;
    }
    mount(list, h('table', { class: 'list departments' },
      h('thead', {}, h('tr', {}, ['处室名称', '排序号', '在岗人数', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, departments.map((d) => h('tr', {},
        h('td', { class: 'primary', 'data-label': '处室名称' }, d.name),
        h('td', { class: 'num', 'data-label': '排序号' }, d.sortOrder),
        h('td', { class: 'num', 'data-label': '在岗人数' }, d.activePeople),
        h('td', { class: 'actions-cell', 'data-label': '操作' },
          h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => edit(d) }, '重命名')))))));
  }

  async function edit(d) {
    const saved = await openDialog(d ? `重命名处室：${d.name}` : '新建处室', (form, close) => {
      form.append(formMessage(),
        field({ label: '处室名称', name: 'name', value: d?.name, required: true,
          problem: ['organisation.department.name'], attrs: { maxlength: 100 } }),
        field({ label: '排序号', name: 'sortOrder', type: 'number', value: d?.sortOrder ?? '',
          hint: '数字小的排在前面', attrs: { min: 0, step: 1, inputmode: 'numeric' } }),
        h('div', { class: 'dialog-foot' },
          h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('') }, '取消'),
          h('button', { type: 'submit', class: 'btn' }, '保存')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          const body = { name: text(form, 'name'), sortOrder: number(form, 'sortOrder') };
          if (d) await org.updateDepartment(unitId, d.id, body);
          else await org.createDepartment(unitId, body);
          close('saved');
        });
      });
    });
    if (saved === 'saved') await reload().catch((e) => showProblem(top, e));
  }

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '处室管理'), h('p', {}, unitName)),
      h('button', { type: 'button', class: 'btn', onclick: () => edit(null) }, '新建处室')),
    top, list);
  await reload();
}

/* ------------------------------------------------------------------ 人员 */

export async function peopleView(container, { session }) {
  const unitId = session.me.unitId;
  const [unitName, departments] = await Promise.all([org.unitName(unitId), org.departments(unitId)]);
  const list = h('section', { 'aria-label': '人员列表' });
  const top = h('form', { novalidate: true }, formMessage());
  const filter = { showInactive: false };

  async function reload() {
    const people = await org.people(unitId, filter.showInactive ? 'true' : null);
    if (!people.length) {
      mount(list, h('p', { class: 'empty' }, '暂无人员。'));
      return;
    }
    mount(list, h('table', { class: 'list people' },
      h('thead', {}, h('tr', {}, ['姓名', '处室', '职务', '角色', '状态', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, people.map((p) => h('tr', { dataset: { personId: p.id } },
        h('td', { class: 'primary', 'data-label': '姓名' }, p.name, h('span', { class: 'sub' }, p.username)),
        h('td', { 'data-label': '处室' }, p.departmentName || '—'),
        h('td', { 'data-label': '职务' }, p.position || '—'),
        h('td', { 'data-label': '角色' }, h('ul', { class: 'chips' },
          roleNamesOf(p).map((r) => h('li', { class: 'chip' }, r)))),
        h('td', { 'data-label': '状态' }, p.active === false
          ? h('span', { class: 'chip chip-muted' }, '已停用') : h('span', { class: 'chip' }, '在岗')),
        h('td', { class: 'actions-cell', 'data-label': '操作' }, h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => edit(p) }, '编辑'),
          h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => password(p) }, '账号'),
          p.active === false
            ? h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => toggle(p, true) }, '启用')
            : h('button', { type: 'button', class: 'btn btn-danger btn-small', onclick: () => toggle(p, false) }, '停用'))))))));
  }

  async function toggle(p, activate) {
    if (!activate && !window.confirm(`确定停用“${p.name}”吗？停用后该人员不能登录，也不再出现在通讯录中。`)) return;
    try {
      if (activate) await org.activate(unitId, p.id);
      else await org.deactivate(unitId, p.id);
      await reload();
    } catch (e) {
      if (!e.signedOut) showProblem(top, e);
    }
  }

  async function password(p) {
    await openDialog(`登录账号：${p.name}（${p.username}）`, (form, close) => {
      const unlock = () => submitting(form, async () => {
        await org.unlock(p.id);
        showDone(form, `已解除锁定，${p.name}可以重新登录。`);
      });
      form.append(formMessage(),
        h('p', { class: 'hint' }, '初始密码至少 8 位，须包含字母和数字。请当面或通过安全渠道告知本人，并提醒其登录后在“我的”中修改。'),
        field({ label: '初始密码', name: 'password', type: 'password', required: true, autocomplete: 'new-password',
          problem: ['identity.password'] }),
        h('div', { class: 'dialog-foot' },
          h('button', { type: 'button', class: 'btn btn-secondary', onclick: unlock, title: '密码连续输错被锁定时使用' }, '解除锁定'),
          h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('') }, '取消'),
          h('button', { type: 'submit', class: 'btn' }, '设置初始密码')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          await org.setInitialPassword(p.id, form.elements.password.value);
          close('saved');
        });
      });
    });
  }

  async function edit(p) {
    const grantable = ROLES.filter((r) => r.value !== 'PLATFORM_ADMIN' || session.has('PLATFORM_ADMIN'));
    const saved = await openDialog(p ? `编辑人员：${p.name}` : '新增人员', (form, close) => {
      form.append(formMessage(), h('div', { class: 'form-grid' },
        p ? null : field({ label: '账号', name: 'username', required: true, hint: '登录名，建议用姓名拼音，如 zhangwei',
          problem: ['organisation.login-name'], attrs: { autocapitalize: 'off', spellcheck: 'false', autocomplete: 'off' } }),
        field({ label: '姓名', name: 'name', value: p?.name, required: true, problem: ['organisation.person.name'] }),
        field({ label: '处室', name: 'departmentId', value: p?.departmentId || '',
          options: [{ value: '', label: '（不属于任何处室）' }, ...departments.map((d) => ({ value: d.id, label: d.name }))],
          problem: ['organisation.department', 'organisation.person.department'] }),
        field({ label: '职务', name: 'position', value: p?.position, problem: ['organisation.person.position'] }),
        field({ label: '办公电话', name: 'officePhone', type: 'tel', value: p?.officePhone, problem: ['organisation.phone'] }),
        field({ label: '手机', name: 'mobile', type: 'tel', value: p?.mobile, problem: ['organisation.mobile'],
          hint: '仅本单位人员可见' }),
        field({ label: '工作邮箱', name: 'workEmail', type: 'email', value: p?.workEmail, problem: ['organisation.email'] }),
        field({ label: '排序号', name: 'sortOrder', type: 'number', value: p?.sortOrder ?? '',
          attrs: { min: 0, step: 1, inputmode: 'numeric' } }),
        h('div', { class: 'wide' }, checkboxes({ legend: '角色', name: 'roles', items: grantable,
          checked: p?.roles || [], problem: 'organisation.role organisation.unit.last-unit-admin' })),
        p ? null : field({ label: '初始密码', name: 'password', type: 'password', autocomplete: 'new-password', wide: true,
          hint: '至少 8 位，须包含字母和数字；可留空，稍后在列表中点“账号”设置', problem: ['identity.password'] })),
      h('div', { class: 'dialog-foot' },
        h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('') }, '取消'),
        h('button', { type: 'submit', class: 'btn' }, '保存')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          const data = {
            name: text(form, 'name'), departmentId: text(form, 'departmentId'), position: text(form, 'position'),
            officePhone: text(form, 'officePhone'), mobile: text(form, 'mobile'), workEmail: text(form, 'workEmail'),
            sortOrder: number(form, 'sortOrder'),
          };
          const roles = checkedValues(form, 'roles');
          if (p) {
            await org.updatePerson(unitId, p.id, data);
            if (!sameSet(roles, p.roles || [])) await org.assignRoles(unitId, p.id, roles);
          } else {
            const created = await org.createPerson(unitId, { username: text(form, 'username'), ...data, roles });
            const initial = form.elements.password.value;
            if (initial) await org.setInitialPassword(created.id, initial);
          }
          close('saved');
        });
      });
    });
    if (saved === 'saved') await reload().catch((e) => showProblem(top, e));
  }

  const showInactive = h('label', { class: 'check' },
    h('input', { type: 'checkbox', onchange: (e) => { filter.showInactive = e.target.checked; reload(); } }), '显示已停用人员');

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '人员管理'), h('p', {}, unitName)),
      h('div', { class: 'actions' }, showInactive,
        h('button', { type: 'button', class: 'btn', onclick: () => edit(null) }, '新增人员'))),
    top, list);
  await reload();
}

function roleNamesOf(p) {
  if (p.roleNames) return p.roleNames;
  return (p.roles || []).map((r) => ROLES.find((x) => x.value === r)?.label || r);
}

function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function number(form, name) {
  const v = form.elements[name]?.value?.trim();
  return v ? Number(v) : null;
}
