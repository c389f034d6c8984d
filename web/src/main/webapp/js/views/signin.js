/** 登录: login name and password; the server's message (wrong password, locked account) shows inline. */
import { api } from '../api.js';
import { h, mount, icon } from '../dom.js';
import { field, formMessage, submitting, text, showProblem } from '../forms.js';

export async function signInView(container, { session, navigate }) {
  const form = h('form', { class: 'signin-form', novalidate: true, 'aria-labelledby': 'signin-title' },
    formMessage(),
    field({ label: '账号', name: 'username', autocomplete: 'username', required: true,
      problem: ['identity.sign-in.username'], attrs: { autocapitalize: 'off', spellcheck: 'false' } }),
    field({ label: '密码', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
      problem: ['identity.sign-in.password'] }),
    h('button', { type: 'submit', class: 'btn btn-block' }, '登录'));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const username = text(form, 'username');
    const password = form.elements.password.value;
    if (!username || !password) {
      showProblem(form, { detail: '请输入账号和密码。' });
      return;
    }
    submitting(form, async () => {
      session.me = await api('POST', '/session', { body: { username, password }, quiet401: true });
      navigate('/home');
    });
  });

  mount(container, h('section', { class: 'signin' },
    h('div', { class: 'card' },
      h('h2', { id: 'signin-title' }, '协同办公平台'),
      h('p', { class: 'lead' }, '机关单位协同办公与非涉密电子公文交换'),
      form),
    h('p', { class: 'foot' }, '请使用本人账号登录，不得转借他人使用。'),
    h('a', { class: 'verify-link', href: '#/verify', id: 'verify-link' }, icon('verify'),
      h('span', {}, h('strong', {}, '验章'), h('span', { class: 'sub' }, '核验电子公文上的印章，无需登录')))));
  form.elements.username.focus();
}
