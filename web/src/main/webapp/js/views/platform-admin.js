/**
 * 平台管理 (platform administrators): the region tree on five levels 省/市/县/镇/村 (browse, add a
 * region under another, rename) and the units (search, create, edit with credit code and 机关代字).
 */
import { h, mount, uid } from '../dom.js';
import { field, formMessage, submitting, text, openDialog, showProblem } from '../forms.js';
import { org, REGION_LEVELS, levelLabel } from '../org.js';
import { number } from './unit-admin.js';

/* ------------------------------------------------------------------ 行政区划 */

export async function regionsView(container) {
  const top = h('form', { novalidate: true }, formMessage());
  const tree = h('ul', { class: 'tree', role: 'tree', 'aria-label': '行政区划' });

  function childLevel(level) {
    const i = REGION_LEVELS.findIndex((l) => l.value === level);
    return REGION_LEVELS[i + 1]?.value || null;
  }

  function nodeFor(region) {
    const children = h('ul', { role: 'group', hidden: true });
    const label = h('span', { class: 'name' }, region.name);
    const canHaveChildren = Boolean(childLevel(region.level));
    let loaded = false;
    const toggle = h('button', {
      type: 'button', class: 'toggle', 'aria-expanded': 'false', disabled: !canHaveChildren,
      'aria-label': `展开 ${region.name}`,
    }, '+');
    async function expand(force) {
      const open = force || toggle.getAttribute('aria-expanded') !== 'true';
      if (open && (!loaded || force)) {
        try {
          const regions = await org.regions(region.id);
          mount(children, regions.length ? regions.map(nodeFor) : h('li', { class: 'hint' }, '（暂无下级区划）'));
          loaded = true;
        } catch (e) {
          showProblem(top, e);
          return;
        }
      }
      children.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.setAttribute('aria-label', `${open ? '收起' : '展开'} ${region.name}`);
      toggle.textContent = open ? '−' : '+';
      item.setAttribute('aria-expanded', String(open));
    }
    toggle.addEventListener('click', () => expand(false));
    const item = h('li', { role: 'treeitem', 'aria-expanded': canHaveChildren ? 'false' : null },
      h('div', { class: 'node' }, toggle,
        h('span', { class: 'chip chip-muted' }, levelLabel(region.level)), label,
        h('span', { class: 'code' }, region.code),
        h('span', { class: 'node-actions' },
        canHaveChildren ? h('button', { type: 'button', class: 'btn btn-quiet btn-small', onclick: async () => {
          if (await edit(null, region) === 'saved') expand(true);
        } }, '添加下级') : null,
        h('button', { type: 'button', class: 'btn btn-quiet btn-small', onclick: async () => {
          if (await edit(region, null) === 'saved') label.textContent = region.name;
        } }, '重命名'))),
      children);
    return item;
  }

  function edit(region, parent) {
    const level = region ? region.level : parent ? childLevel(parent.level) : 'PROVINCE';
    const title = region ? `重命名：${region.name}` : parent ? `在“${parent.name}”下添加${levelLabel(level)}级区划` : '添加省级区划';
    return openDialog(title, (form, close) => {
      form.append(formMessage(),
        field({ label: '区划名称', name: 'name', value: region?.name, required: true, problem: ['organisation.region.name'] }),
        region ? null : field({ label: '区划代码', name: 'code', required: true, problem: ['organisation.region.code'],
          hint: '12 位统计用区划代码，如 440300000000', attrs: { inputmode: 'numeric', maxlength: 12 } }),
        h('p', { class: 'hint' }, `层级：${levelLabel(level)}`),
        h('div', { class: 'dialog-foot' },
          h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('') }, '取消'),
          h('button', { type: 'submit', class: 'btn' }, '保存')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          if (region) {
            const renamed = await org.renameRegion(region.id, text(form, 'name'));
            region.name = renamed?.name || text(form, 'name');
          } else {
            await org.createRegion({ name: text(form, 'name'), code: text(form, 'code'), level, parentId: parent?.id || null });
          }
          close('saved');
        });
      });
    });
  }

  async function reload() {
    const roots = await org.regions(null);
    mount(tree, roots.length ? roots.map(nodeFor) : h('li', { class: 'empty' }, '尚无行政区划。'));
  }

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '行政区划'), h('p', {}, '省、市、县、镇、村五级，逐级展开')),
      h('button', { type: 'button', class: 'btn', onclick: async () => { if (await edit(null, null) === 'saved') reload(); } }, '添加省级区划')),
    top, h('section', { class: 'card' }, tree));
  await reload();
}

/* ------------------------------------------------------------------ 单位 */

const PAGE_SIZE = 20;

export async function unitsView(container) {
  const state = { q: '', page: 1 };
  const top = h('form', { novalidate: true, class: 'card', role: 'search', 'aria-label': '查找单位' }, formMessage(),
    h('div', { class: 'searchbar searchbar-short' },
      field({ label: '单位名称', name: 'q', type: 'search', className: 'field-q', attrs: { placeholder: '输入单位名称查找' } }),
      h('button', { type: 'submit', class: 'btn' }, '查询')));
  const list = h('section', { 'aria-label': '单位列表' });

  async function reload() {
    const page = await org.units({ q: state.q, page: state.page, size: PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    if (!page.items.length) {
      mount(list, h('p', { class: 'empty' }, '没有找到单位。'));
      return;
    }
    mount(list,
      h('p', { class: 'summary' }, `共 ${page.total} 个单位`),
      h('table', { class: 'list units' },
        h('thead', {}, h('tr', {}, ['单位名称', '机关代字', '统一社会信用代码', '所属区划', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, page.items.map((u) => h('tr', {},
          h('td', { class: 'primary', 'data-label': '单位名称' }, u.name),
          h('td', { 'data-label': '机关代字' }, u.shortName || '—'),
          h('td', { 'data-label': '信用代码', class: 'num' }, u.creditCode || '—'),
          h('td', { 'data-label': '所属区划' }, u.regionName || '—'),
          h('td', { class: 'actions-cell', 'data-label': '操作' },
            h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => edit(u) }, '编辑')))))),
      pages > 1 ? h('nav', { class: 'pager', 'aria-label': '翻页' },
        h('button', { type: 'button', class: 'btn btn-secondary', disabled: state.page <= 1, onclick: () => { state.page -= 1; reload(); } }, '上一页'),
        h('span', {}, `${state.page} / ${pages}`),
        h('button', { type: 'button', class: 'btn btn-secondary', disabled: state.page >= pages, onclick: () => { state.page += 1; reload(); } }, '下一页')) : null);
  }

  async function edit(u) {
    const saved = await openDialog(u ? `编辑单位：${u.name}` : '新建单位', (form, close) => {
      const picker = regionPicker(u);
      form.append(formMessage(), h('div', { class: 'form-grid' },
        field({ label: '单位名称', name: 'name', value: u?.name, required: true, wide: true, problem: ['organisation.unit.name'] }),
        field({ label: '机关代字', name: 'shortName', value: u?.shortName, required: true,
          hint: '用于发文字号，如“粤府办”', problem: ['organisation.unit.short-name'] }),
        field({ label: '统一社会信用代码', name: 'creditCode', value: u?.creditCode, required: true,
          hint: '18 位，末位为校验码', problem: ['organisation.uscc'],
          attrs: { maxlength: 18, autocapitalize: 'characters', spellcheck: 'false' } }),
        picker.element,
        field({ label: '排序号', name: 'sortOrder', type: 'number', value: u?.sortOrder ?? '',
          attrs: { min: 0, step: 1, inputmode: 'numeric' } })),
      h('div', { class: 'dialog-foot' },
        h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => close('') }, '取消'),
        h('button', { type: 'submit', class: 'btn' }, '保存')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          const data = {
            name: text(form, 'name'), shortName: text(form, 'shortName'),
            creditCode: text(form, 'creditCode')?.toUpperCase() || null,
            regionId: picker.value(), parentUnitId: u?.parentUnitId || null, sortOrder: number(form, 'sortOrder'),
          };
          if (u) await org.updateUnit(u.id, data);
          else await org.createUnit(data);
          close('saved');
        });
      });
    });
    if (saved === 'saved') await reload().catch((e) => showProblem(top, e));
  }

  top.addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = text(top, 'q') || '';
    state.page = 1;
    reload().catch((e) => showProblem(top, e));
  });

  mount(container,
    h('div', { class: 'page-head' },
      h('div', {}, h('h2', {}, '单位管理'), h('p', {}, '全平台机关单位')),
      h('button', { type: 'button', class: 'btn', onclick: () => edit(null) }, '新建单位')),
    top, list);
  await reload();
}

/**
 * Choosing a region level by level (省 → 市 → 县 → 镇 → 村): each select loads the next one.
 * When editing, leaving it untouched keeps the unit's current region.
 */
function regionPicker(unit) {
  const id = uid('region');
  const selects = h('div', { class: 'checks', id });
  const chosen = [];
  const error = h('span', { class: 'field-error', hidden: true });
  const element = h('fieldset', { class: 'field wide', dataset: { problem: 'organisation.unit.region organisation.region' } },
    h('legend', { class: 'required' }, '所属区划'),
    unit?.regionName ? h('span', { class: 'hint' }, `当前：${unit.regionName}（不改动则保持不变）`) : null,
    selects, error);

  async function addLevel(parentId, depth) {
    while (selects.children.length > depth) selects.lastChild.remove();
    chosen.length = depth;
    let regions;
    try {
      regions = await org.regions(parentId);
    } catch (e) {
      error.textContent = e.detail; error.hidden = false;
      return;
    }
    if (!regions.length) return;
    const level = levelLabel(regions[0].level);
    const select = h('select', { 'aria-label': `${level}级区划` },
      h('option', { value: '' }, `请选择${level}`),
      regions.map((r) => h('option', { value: r.id, dataset: { level: r.level } }, r.name)));
    select.addEventListener('change', () => {
      chosen.length = depth;
      if (select.value) { chosen[depth] = select.value; addLevel(select.value, depth + 1); } else {
        while (selects.children.length > depth + 1) selects.lastChild.remove();
      }
    });
    selects.append(select);
  }
  addLevel(null, 0);
  return {
    element,
    value: () => chosen.filter(Boolean).at(-1) || unit?.regionId || null,
  };
}
