/**
 * 通讯录: search people by name, narrowed to a unit and a department; one page at a time.
 * Mobiles appear only when the server includes them (it leaves out those of other units).
 */
import { h, mount } from '../dom.js';
import { field, formMessage, showProblem, clearProblems } from '../forms.js';
import { org } from '../org.js';

const PAGE_SIZE = 20;
/** Kept across visits, so coming back from another tab shows the same search. */
const state = { q: '', unitId: '', departmentId: '', page: 1 };

export async function addressBookView(container) {
  const unitsPage = await org.units({ page: 1, size: 100 }).catch(() => ({ items: [] }));
  const unitOptions = [{ value: '', label: '全部单位' },
    ...unitsPage.items.map((u) => ({ value: u.id, label: u.name }))];

  const form = h('form', { class: 'card', role: 'search', novalidate: true, 'aria-label': '查找人员' },
    formMessage(),
    h('div', { class: 'searchbar' },
      field({ label: '姓名', name: 'q', type: 'search', value: state.q, className: 'field-q',
        problem: ['address-book.q', 'organisation.address-book.q'],
        attrs: { placeholder: '输入姓名查找', enterkeyhint: 'search', autocomplete: 'off' } }),
      field({ label: '单位', name: 'unitId', value: state.unitId, options: unitOptions,
        problem: ['organisation.unit'] }),
      field({ label: '处室', name: 'departmentId', value: state.departmentId,
        options: [{ value: '', label: '全部处室' }], problem: ['organisation.department'] }),
      h('button', { type: 'submit', class: 'btn' }, '查询')));
  const results = h('section', { 'aria-live': 'polite', 'aria-label': '查询结果', id: 'address-book-results' });

  const departmentSelect = form.elements.departmentId;
  async function loadDepartments() {
    const unitId = form.elements.unitId.value;
    const keep = state.departmentId;
    mount(departmentSelect, h('option', { value: '' }, '全部处室'));
    departmentSelect.disabled = !unitId;
    if (!unitId) return;
    try {
      const departments = await org.addressBookDepartments(unitId);
      departments.forEach((d) => departmentSelect.append(h('option', { value: d.id, selected: d.id === keep }, d.name)));
    } catch (e) {
      departmentSelect.disabled = true;
    }
  }

  let latest = 0;
  async function search() {
    const mine = ++latest;
    clearProblems(form);
    mount(results, h('p', { class: 'loading' }, '正在查询…'));
    try {
      const page = await org.addressBook({
        q: state.q, unitId: state.unitId, departmentId: state.departmentId, page: state.page, size: PAGE_SIZE,
      });
      if (mine !== latest) return; // a newer search has started: its answer counts, not this one
      renderResults(results, page, (p) => { state.page = p; search(); });
    } catch (e) {
      if (mine !== latest) return;
      results.replaceChildren();
      if (!e.signedOut) showProblem(form, e);
    }
  }

  form.elements.unitId.addEventListener('change', () => {
    state.departmentId = '';
    loadDepartments();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = form.elements.q.value.trim();
    state.unitId = form.elements.unitId.value;
    state.departmentId = form.elements.departmentId.value;
    state.page = 1;
    search();
  });

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '电子通讯录'), h('p', {}, '按姓名、单位、处室查找工作联系方式'))),
    form, results);
  await loadDepartments();
  await search();
}

function renderResults(results, page, goTo) {
  const total = page.total ?? page.items.length;
  const pages = Math.max(1, Math.ceil(total / (page.size || PAGE_SIZE)));
  if (!page.items.length) {
    mount(results, h('p', { class: 'empty' }, '没有找到符合条件的人员。'));
    return;
  }
  const cell = (label, content, cls) => h('td', { 'data-label': label, class: cls }, content);
  const phone = (n) => (n ? h('a', { href: `tel:${n.replace(/[^0-9+]/g, '')}` }, n) : h('span', { class: 'none' }, '—'));
  mount(results,
    h('p', { class: 'summary' }, `共 ${total} 人`, pages > 1 ? `，第 ${page.page} / ${pages} 页` : ''),
    h('table', { class: 'list address-book' },
      h('caption', { class: 'visually-hidden' }, '通讯录查询结果'),
      h('thead', {}, h('tr', {},
        ['姓名', '职务', '处室', '单位', '办公电话', '手机', '电子邮箱'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((p) => h('tr', { dataset: { personId: p.personId || p.id } },
        cell('姓名', p.name, 'primary name'),
        cell('职务', p.position || '—', 'position'),
        cell('处室', p.departmentName || '—', 'department'),
        cell('单位', p.unitName || '—', 'unit'),
        cell('办公电话', phone(p.officePhone), 'office-phone'),
        cell('手机', phone(p.mobile), 'mobile'),
        cell('电子邮箱', p.workEmail ? h('a', { href: `mailto:${p.workEmail}` }, p.workEmail) : h('span', { class: 'none' }, '—'), 'email'))))),
    pages > 1 ? h('nav', { class: 'pager', 'aria-label': '翻页' },
      h('button', { type: 'button', class: 'btn btn-secondary', disabled: page.page <= 1, onclick: () => goTo(page.page - 1) }, '上一页'),
      h('span', {}, `${page.page} / ${pages}`),
      h('button', { type: 'button', class: 'btn btn-secondary', disabled: page.page >= pages, onclick: () => goTo(page.page + 1) }, '下一页')) : null);
}
