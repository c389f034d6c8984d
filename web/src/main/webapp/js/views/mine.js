/** 我的: one's own details, change password, the admin screens one may use, and 退出. */
import { put } from '../api.js';
import { h, mount, icon } from '../dom.js';
import { field, formMessage, submitting, showProblem, showDone } from '../forms.js';
import { org } from '../org.js';
import { badge } from '../badges.js';
import { mayUseInbox, mayTrackSent } from '../exchange.js';

export async function mineView(container, { session, signOut }) {
  const me = session.me;
  const unitName = await org.unitName(me.unitId);

  const form = h('form', { novalidate: true, 'aria-labelledby': 'password-title' },
    formMessage(),
    field({ label: '当前密码', name: 'currentPassword', type: 'password', autocomplete: 'current-password',
      required: true, problem: ['identity.password.current'] }),
    field({ label: '新密码', name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true,
      hint: '至少 8 位，须包含字母和数字', problem: ['identity.password.too-short', 'identity.password.too-simple'] }),
    field({ label: '再次输入新密码', name: 'repeat', type: 'password', autocomplete: 'new-password', required: true,
      problem: ['ui.password.repeat'] }),
    h('button', { type: 'submit', class: 'btn' }, '修改密码'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { currentPassword, newPassword, repeat } = form.elements;
    if (newPassword.value !== repeat.value) {
      showProblem(form, { code: 'ui.password.repeat', detail: '两次输入的新密码不一致。' });
      return;
    }
    submitting(form, async () => {
      await put('/me/password', { currentPassword: currentPassword.value, newPassword: newPassword.value });
      form.reset();
      showDone(form, '密码已修改，下次登录请使用新密码。');
    });
  });

  const sealLinks = [
    session.sealUser ? h('a', { class: 'shortcut', href: '#/seals/use' }, icon('stamp'), '用印') : null,
    h('a', { class: 'shortcut', href: '#/verify' }, icon('verify'), '验章'),
  ].filter(Boolean);

  const exchangeLinks = [
    mayUseInbox(session) ? h('a', { class: 'shortcut', href: '#/exchange/inbox' }, icon('inbox'), '收文箱',
      badge('waitingPackages', '件待签收')) : null,
    mayTrackSent(session) ? h('a', { class: 'shortcut', href: '#/exchange/sent' }, icon('send'), '发文跟踪') : null,
  ].filter(Boolean);

  const admin = [
    session.has('SEAL_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/seals' }, icon('seal'), '印章管理') : null,
    session.has('UNIT_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/departments' }, icon('dept'), '处室管理') : null,
    session.has('UNIT_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/people' }, icon('people'), '人员管理') : null,
    session.has('PLATFORM_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/regions' }, icon('region'), '行政区划') : null,
    session.has('PLATFORM_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/units' }, icon('unit'), '单位管理') : null,
  ].filter(Boolean);

  mount(container,
    h('section', { class: 'card welcome', 'aria-label': '个人信息' },
      h('div', { class: 'avatar', 'aria-hidden': 'true' }, me.name.length <= 2 ? me.name : me.name.slice(-2)),
      h('div', {},
        h('h2', {}, me.name),
        h('p', { class: 'unit' }, unitName),
        h('ul', { class: 'chips', 'aria-label': '角色' }, (me.roleNames || []).map((r) => h('li', { class: 'chip' }, r))))),
    exchangeLinks.length ? h('section', { class: 'card', 'aria-labelledby': 'exchange-title' },
      h('h3', { id: 'exchange-title' }, '公文交换'),
      h('div', { class: 'shortcuts' }, exchangeLinks)) : null,
    h('section', { class: 'card', 'aria-labelledby': 'seal-title' },
      h('h3', { id: 'seal-title' }, '印章'),
      h('div', { class: 'shortcuts' }, sealLinks)),
    admin.length ? h('section', { class: 'card', 'aria-labelledby': 'admin-title' },
      h('h3', { id: 'admin-title' }, '管理'),
      h('div', { class: 'shortcuts' }, admin)) : null,
    h('section', { class: 'card narrow' }, h('h3', { id: 'password-title' }, '修改密码'), form),
    h('button', { type: 'button', class: 'btn btn-danger sign-out', id: 'sign-out', onclick: signOut }, icon('exit'), '退出登录'));
}
