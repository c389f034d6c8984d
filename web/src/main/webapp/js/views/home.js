/** 首页: who is signed in (name, unit, roles) and the to-do counts 待办 / 超时 / 未读. */
import { get } from '../api.js';
import { h, mount, icon } from '../dom.js';
import { org } from '../org.js';
import { badge } from '../badges.js';
import { mayUseInbox, mayTrackSent } from '../exchange.js';

export async function homeView(container, { session }) {
  const me = session.me;
  const [unitName, counts] = await Promise.all([
    org.unitName(me.unitId),
    get('/todo-counts').catch(() => null),
  ]);
  const count = (cls, label, value, hint) => h('li', {},
    h('div', { class: `count ${cls}`, 'aria-label': `${label} ${value ?? '暂无数据'}` },
      h('span', { class: 'label' }, label),
      h('span', { class: 'num', dataset: { count: cls } }, value ?? '—'),
      hint ? h('span', { class: 'visually-hidden' }, hint) : null));

  const shortcuts = [
    h('a', { class: 'shortcut', href: '#/docs/todo' }, icon('todo'), '待办'),
    h('a', { class: 'shortcut', href: '#/docs/draft' }, icon('pen'), '拟稿'),
    mayUseInbox(session) ? h('a', { class: 'shortcut', href: '#/exchange/inbox', id: 'home-inbox' }, icon('inbox'), '收文箱',
      badge('waitingPackages', '件待签收')) : null,
    mayTrackSent(session) ? h('a', { class: 'shortcut', href: '#/exchange/sent' }, icon('send'), '发文跟踪') : null,
    h('a', { class: 'shortcut', href: '#/address-book' }, icon('book'), '通讯录'),
    session.sealUser ? h('a', { class: 'shortcut', href: '#/seals/use' }, icon('stamp'), '用印') : null,
    h('a', { class: 'shortcut', href: '#/verify' }, icon('verify'), '验章'),
    session.has('SEAL_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/seals' }, icon('seal'), '印章管理') : null,
    session.has('UNIT_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/people' }, icon('people'), '人员管理') : null,
    session.has('UNIT_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/departments' }, icon('dept'), '处室管理') : null,
    session.has('UNIT_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/templates' }, icon('flow'), '流程模板') : null,
    session.has('PLATFORM_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/units' }, icon('unit'), '单位管理') : null,
    session.has('PLATFORM_ADMIN') ? h('a', { class: 'shortcut', href: '#/admin/regions' }, icon('region'), '行政区划') : null,
  ];

  mount(container,
    h('section', { class: 'card welcome', 'aria-label': '当前用户' },
      h('div', { class: 'avatar', 'aria-hidden': 'true' }, avatarText(me.name)),
      h('div', {},
        h('h2', { id: 'me-name' }, `${greeting()}，${me.name}`),
        h('p', { class: 'unit', id: 'me-unit' }, unitName || ''),
        h('ul', { class: 'chips', 'aria-label': '角色' },
          (me.roleNames || []).map((r) => h('li', { class: 'chip' }, r))))),
    h('section', { 'aria-labelledby': 'counts-title' },
      h('h3', { id: 'counts-title', class: 'visually-hidden' }, '待办事项'),
      h('ul', { class: 'counts' },
        count('todo', '待办', counts?.todo),
        count('overdue', '超时', counts?.overdue),
        count('unread', '未读', counts?.unread)),
      counts ? null : h('p', { class: 'hint' }, '待办数量暂时无法获取。')),
    h('section', { class: 'card', 'aria-labelledby': 'todo-title' },
      h('h3', { id: 'todo-title' }, '待办公文'),
      h('p', { class: 'none' }, counts?.todo ? `您有 ${counts.todo} 件待办公文。` : '暂无待办公文。'),
      h('a', { class: 'btn btn-secondary todo-open', href: '#/docs/todo' }, '打开待办')),
    h('section', { class: 'card', 'aria-labelledby': 'shortcut-title' },
      h('h3', { id: 'shortcut-title' }, '常用功能'),
      h('div', { class: 'shortcuts' }, shortcuts)));
}

function greeting() {
  const hour = new Date().getHours();
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** Two characters for the avatar, as colleagues address each other: 张伟 → 张伟, 王小明 → 小明. */
function avatarText(name) {
  const n = (name || '').trim();
  return n.length <= 2 ? n : n.slice(-2);
}
