/**
 * The organisation API (regions, units, departments, people, address book) in one place, so the
 * screens never spell a URL themselves.
 */
import { get, post, put } from './api.js';

export const ROLES = [
  { value: 'DRAFTER', label: '拟稿人' },
  { value: 'REVIEWER', label: '核稿人' },
  { value: 'LEADER', label: '签发人/领导' },
  { value: 'CLERK', label: '文书/收发员' },
  { value: 'SEAL_ADMIN', label: '印章管理员' },
  { value: 'RECORDS_OFFICER', label: '档案员' },
  { value: 'UNIT_ADMIN', label: '单位管理员' },
  { value: 'PLATFORM_ADMIN', label: '平台管理员' },
];
export const roleLabel = (r) => ROLES.find((x) => x.value === r)?.label || r;

export const REGION_LEVELS = [
  { value: 'PROVINCE', label: '省' },
  { value: 'CITY', label: '市' },
  { value: 'COUNTY', label: '县' },
  { value: 'TOWN', label: '镇' },
  { value: 'VILLAGE', label: '村' },
];
export const levelLabel = (l) => REGION_LEVELS.find((x) => x.value === l)?.label || l;

const unitNames = new Map();

export const org = {
  addressBook: (q) => get('/address-book', q),
  /** Department ids and names of any unit, for narrowing an address-book search. */
  addressBookDepartments: (unitId) => get('/address-book/departments', { unitId }),

  regions: (parentId) => get('/regions', { parentId }),
  createRegion: (data) => post('/regions', data),
  renameRegion: (id, name) => put(`/regions/${id}`, { name }),

  units: (q) => get('/units', q),
  unit: (id) => get(`/units/${id}`),
  createUnit: (data) => post('/units', data),
  updateUnit: (id, data) => put(`/units/${id}`, data),

  departments: (unitId) => get(`/units/${unitId}/departments`),
  createDepartment: (unitId, data) => post(`/units/${unitId}/departments`, data),
  updateDepartment: (unitId, id, data) => put(`/units/${unitId}/departments/${id}`, data),

  people: (unitId, includeInactive) => get(`/units/${unitId}/people`, { includeInactive }),
  createPerson: (unitId, data) => post(`/units/${unitId}/people`, data),
  updatePerson: (unitId, id, data) => put(`/units/${unitId}/people/${id}`, data),
  assignRoles: (unitId, id, roles) => put(`/units/${unitId}/people/${id}/roles`, { roles }),
  deactivate: (unitId, id) => post(`/units/${unitId}/people/${id}/deactivate`),
  activate: (unitId, id) => post(`/units/${unitId}/people/${id}/activate`),
  setInitialPassword: (personId, password) => put(`/accounts/${personId}/password`, { password }),
  unlock: (personId) => post(`/accounts/${personId}/unlock`),

  /** The unit's name, fetched once per unit. */
  async unitName(id) {
    if (!id) return '';
    if (!unitNames.has(id)) {
      unitNames.set(id, org.unit(id).then((u) => u.name).catch(() => ''));
    }
    return unitNames.get(id);
  },
};
