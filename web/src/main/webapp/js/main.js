/**
 * 协同办公 web UI: session, hash routing and the shell (top bar, side navigation on the desk,
 * bottom tab bar on the phone). Each screen lives in views/ and renders into <main id="view">.
 */
import { api, onSignedOut } from './api.js';
import { h, mount, icon } from './dom.js';
import { org } from './org.js';
import { signInView } from './views/signin.js';
import { homeView } from './views/home.js';
import { addressBookView } from './views/address-book.js';
import { mineView } from './views/mine.js';
import { departmentsView, peopleView } from './views/unit-admin.js';
import { regionsView, unitsView } from './views/platform-admin.js';
import { sealAdminView, sealUseView } from './views/seals.js';
import { verifyView } from './views/verify.js';
import { seals } from './seals.js';
import { draftView } from './views/draft.js';
import { todoView, doneView, mineView as myDraftsView } from './views/tasks.js';
import { documentView } from './views/document.js';
import { revisionsView } from './views/revisions.js';
import { templatesView } from './views/templates.js';
import { inboxView, packageView } from './views/inbox.js';
import { sentListView, trackingView } from './views/sent.js';
import { badge, startBadges, stopBadges } from './badges.js';
import { mayUseInbox, mayTrackSent } from './exchange.js';

const ROUTES = {
  '/login': { title: '登录', view: signInView, public: true },
  '/home': { title: '首页', view: homeView, nav: 'home', icon: 'home' },
  '/address-book': { title: '通讯录', view: addressBookView, nav: 'address-book', icon: 'book' },
  '/mine': { title: '我的', view: mineView, icon: 'me' },
  '/docs/todo': { title: '待办', view: todoView, icon: 'todo' },
  '/docs/done': { title: '已办', view: doneView, icon: 'done' },
  '/docs/mine': { title: '我的拟稿', view: myDraftsView, icon: 'draft' },
  '/docs/draft': { title: '拟稿', view: draftView, icon: 'draft' },
  '/docs/view': { title: '公文详情', view: documentView, icon: 'todo' },
  '/docs/revisions': { title: '修订记录', view: revisionsView, icon: 'draft' },
  '/exchange/inbox': { title: '收文箱', view: inboxView, allowed: mayUseInbox, icon: 'inbox' },
  '/exchange/inbox/view': { title: '来文详情', view: packageView, allowed: mayUseInbox, icon: 'inbox' },
  '/exchange/sent': { title: '发文跟踪', view: sentListView, allowed: mayTrackSent, icon: 'send' },
  '/exchange/sent/view': { title: '发文跟踪', view: trackingView, allowed: mayTrackSent, icon: 'send' },
  '/admin/templates': { title: '流程模板', view: templatesView, role: 'UNIT_ADMIN', icon: 'flow' },
  '/verify': { title: '验章', view: verifyView, public: true, icon: 'verify' },
  '/seals/use': { title: '用印', view: sealUseView, sealUser: true, icon: 'stamp' },
  '/admin/seals': { title: '印章管理', view: sealAdminView, role: 'SEAL_ADMIN', icon: 'seal' },
  '/admin/departments': { title: '处室管理', view: departmentsView, role: 'UNIT_ADMIN', icon: 'dept' },
  '/admin/people': { title: '人员管理', view: peopleView, role: 'UNIT_ADMIN', icon: 'people' },
  '/admin/regions': { title: '行政区划', view: regionsView, role: 'PLATFORM_ADMIN', icon: 'region' },
  '/admin/units': { title: '单位管理', view: unitsView, role: 'PLATFORM_ADMIN', icon: 'unit' },
};

const session = {
  me: null,
  /** Whether the person is a user of one of the unit's seals (offers 用印); null until asked. */
  sealUser: null,
  has(role) { return Boolean(this.me?.roles?.includes(role)); },
};

/** Asks once per sign-in whether the person may use a seal; a failure just hides 用印. */
async function loadSealUse(force = false) {
  if (!session.me) { session.sealUser = null; return false; }
  if (session.sealUser === null || force) {
    try {
      const all = await seals.list();
      session.sealUser = all.some((s) => s.users.includes(session.me.personId));
    } catch (e) {
      session.sealUser = false;
    }
  }
  return session.sealUser;
}

const view = document.getElementById('view');

function currentPath() {
  const path = location.hash.replace(/^#/, '').split('?')[0];
  return ROUTES[path] ? path : null;
}

export function navigate(path) {
  if (location.hash === `#${path}`) render();
  else location.hash = path;
}

async function loadMe() {
  try {
    session.me = await api('GET', '/me', { quiet401: true });
    session.sealUser = null;
  } catch (e) {
    session.me = null;
    if (e.status !== 401) throw e;
  }
}

let renderCount = 0;

async function render() {
  const mine = ++renderCount;
  let path = currentPath();
  if (!path) { navigate(session.me ? '/home' : '/login'); return; }
  const route = ROUTES[path];
  if (!route.public && !session.me) { navigate('/login'); return; }
  if (path === '/login' && session.me) { navigate('/home'); return; }
  if (route.role && !session.has(route.role)) { navigate('/home'); return; }
  if (route.allowed && !route.allowed(session)) { navigate('/home'); return; }
  if (route.sealUser && !(await loadSealUse())) { navigate('/home'); return; }
  if (mine !== renderCount) return;

  // the live badge of the unit's inbox (待签收), for those who work the inbox
  if (session.me && mayUseInbox(session)) startBadges();
  else stopBadges();
  document.body.classList.toggle('signed-out', !session.me);
  document.body.classList.remove('is-loading');
  document.title = `${route.title} · 协同办公`;
  document.getElementById('page-title').textContent = route.title;
  await renderShell(path);

  const container = h('div', { class: 'view-inner', dataset: { route: path } });
  mount(view, container);
  try {
    await route.view(container, { session, navigate, signOut, refreshMe, refreshSealUse });
  } catch (e) {
    if (mine !== renderCount || e.signedOut) return;
    mount(container, h('div', { class: 'form-error', role: 'alert' }, e.detail || e.message || '页面加载失败。'));
  }
  if (mine === renderCount && document.activeElement === document.body) view.focus({ preventScroll: true });
}

function link(path, label, iconName, current, active = path === current, extra = null) {
  return h('a', { href: `#${path}`, 'aria-current': active ? 'page' : null },
    icon(iconName), h('span', {}, label), extra);
}

async function renderShell(current) {
  const side = document.getElementById('sidenav');
  const tabs = document.getElementById('tabbar');
  const user = document.getElementById('topbar-user');
  if (!session.me) {
    side.hidden = true; tabs.hidden = true; user.hidden = true;
    return;
  }
  const unitAdmin = session.has('UNIT_ADMIN');
  const sealAdmin = session.has('SEAL_ADMIN');
  const platformAdmin = session.has('PLATFORM_ADMIN');
  const sealUser = await loadSealUse();
  const inbox = mayUseInbox(session);
  const sent = mayTrackSent(session);
  const inExchange = (prefix) => current === prefix || current.startsWith(`${prefix}/`);
  mount(side,
    h('h2', {}, '工作台'),
    link('/home', '首页', 'home', current),
    link('/docs/todo', '待办', 'todo', current, current === '/docs/todo' || current === '/docs/view'),
    link('/docs/done', '已办', 'done', current),
    h('h2', {}, '发文'),
    link('/docs/draft', '拟稿', 'pen', current),
    link('/docs/mine', '我的拟稿', 'draft', current, current === '/docs/mine' || current === '/docs/revisions'),
    inbox || sent ? h('h2', {}, '公文交换') : null,
    inbox ? link('/exchange/inbox', '收文箱', 'inbox', current, inExchange('/exchange/inbox'), badge('waitingPackages', '件待签收')) : null,
    sent ? link('/exchange/sent', '发文跟踪', 'send', current, inExchange('/exchange/sent')) : null,
    h('h2', {}, '通讯'),
    link('/address-book', '通讯录', 'book', current),
    h('h2', {}, '印章'),
    sealUser ? link('/seals/use', '用印', 'stamp', current) : null,
    link('/verify', '验章', 'verify', current),
    unitAdmin || sealAdmin ? h('h2', {}, '本单位管理') : null,
    unitAdmin ? [link('/admin/departments', '处室管理', 'dept', current),
      link('/admin/people', '人员管理', 'people', current),
      link('/admin/templates', '流程模板', 'flow', current)] : null,
    sealAdmin ? link('/admin/seals', '印章管理', 'seal', current) : null,
    platformAdmin ? [h('h2', {}, '平台管理'),
      link('/admin/regions', '行政区划', 'region', current),
      link('/admin/units', '单位管理', 'unit', current)] : null,
    h('h2', {}, '个人'),
    link('/mine', '我的', 'me', current));
  // On the phone, admin screens and 我的 all sit under the 我的 tab; clerks get a 收文 tab with its badge.
  mount(tabs,
    link('/home', '首页', 'home', current),
    link('/docs/todo', '待办', 'todo', current, current.startsWith('/docs/')),
    inbox ? link('/exchange/inbox', '收文', 'inbox', current, inExchange('/exchange/inbox'), badge('waitingPackages', '件待签收')) : null,
    link('/address-book', '通讯录', 'book', current),
    link('/mine', '我的', 'me', current, current === '/mine' || current.startsWith('/admin/') || current.startsWith('/seals/')
      || current === '/verify' || inExchange('/exchange/sent')));
  side.hidden = false; tabs.hidden = false; user.hidden = false;
  const unitName = await org.unitName(session.me.unitId);
  document.getElementById('topbar-who').textContent = unitName ? `${session.me.name} · ${unitName}` : session.me.name;
}

async function refreshMe() {
  await loadMe();
}

/** After a seal is made: the maker may have made themselves a user, so 用印 may now be offered. */
async function refreshSealUse() {
  await loadSealUse(true);
  const path = currentPath();
  if (path) await renderShell(path);
}

async function signOut() {
  stopBadges();
  try { await api('DELETE', '/session', { quiet401: true }); } catch (e) { /* signed out anyway */ }
  session.me = null;
  session.sealUser = null;
  navigate('/login');
}

onSignedOut(() => {
  stopBadges();
  if (!session.me) return;
  session.me = null;
  session.sealUser = null;
  navigate('/login');
});

document.getElementById('sign-out-top').addEventListener('click', signOut);
window.addEventListener('hashchange', render);

(async () => {
  try {
    await loadMe();
  } catch (e) {
    mount(view, h('div', { class: 'form-error', role: 'alert' }, e.detail || '无法连接服务器，请稍后刷新重试。'));
    return;
  }
  render();
})();
