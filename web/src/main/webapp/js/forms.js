/**
 * Form building blocks: labelled fields, and showing a problem detail from the server next to
 * the field it is about (matched by its `code`) or at the top of the form.
 */
import { h, uid } from './dom.js';

/**
 * A labelled input. `problem` lists the problem-code prefixes that belong to this field, e.g.
 * 'organisation.department.name'; an error with such a code is shown under the field.
 */
export function field({ label, name, type = 'text', value = '', required = false, hint, problem,
                        autocomplete, options, attrs = {}, wide = false, className = '' }) {
  const id = uid(name);
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  let control;
  const common = {
    id, name, required, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
    dataset: problem ? { problem: [].concat(problem).join(' ') } : undefined, ...attrs,
  };
  if (options) {
    control = h('select', common, options.map((o) =>
      h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label)));
  } else {
    control = h('input', { type, value: value ?? '', autocomplete, ...common });
  }
  return h('div', { class: `field ${wide ? 'wide' : ''} ${className}`.trim() },
    h('label', { for: id, class: required ? 'required' : null }, label),
    control,
    hint ? h('span', { class: 'hint', id: hintId }, hint) : null,
    h('span', { class: 'field-error', id: errorId, hidden: true }));
}

/** A group of checkboxes (one `name`, several values). */
export function checkboxes({ legend, name, items, checked = [], problem }) {
  const set = new Set(checked);
  return h('fieldset', { class: 'field', dataset: problem ? { problem } : undefined },
    h('legend', {}, legend),
    h('div', { class: 'checks' }, items.map((it) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name, value: it.value, checked: set.has(it.value) }), it.label))),
    h('span', { class: 'field-error', hidden: true }));
}

/** The top-of-form message area (role=alert so screen readers announce it). */
export function formMessage() {
  return h('div', { class: 'form-error', role: 'alert', hidden: true, dataset: { formMessage: '' } });
}

export function clearProblems(form) {
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((el) => { el.hidden = true; el.textContent = ''; });
  const top = form.querySelector('[data-form-message]');
  if (top) { top.hidden = true; top.textContent = ''; top.className = 'form-error'; }
}

/** Shows an ApiError (or any Error) on the form: next to its field when the code names one. */
export function showProblem(form, error) {
  clearProblems(form);
  const code = error.code || '';
  let best = null;
  let bestLength = -1;
  form.querySelectorAll('[data-problem]').forEach((el) => {
    for (const prefix of el.dataset.problem.split(' ')) {
      if (prefix && code.startsWith(prefix) && prefix.length > bestLength) {
        best = el; bestLength = prefix.length;
      }
    }
  });
  const message = error.detail || error.message || '操作未能完成。';
  if (best) {
    const holder = best.closest('.field') || best;
    const slot = holder.querySelector('.field-error');
    if (best.matches('input, select, textarea, [contenteditable]')) best.setAttribute('aria-invalid', 'true');
    slot.textContent = message;
    slot.hidden = false;
    (best.matches('input, select, textarea') ? best : holder.querySelector('input, textarea, [contenteditable]'))?.focus();
    return;
  }
  const top = form.querySelector('[data-form-message]');
  if (top) {
    top.textContent = message;
    top.hidden = false;
    top.scrollIntoView?.({ block: 'nearest' });
  } else {
    window.alert(message);
  }
}

/** A success note at the top of the form. */
export function showDone(form, message) {
  clearProblems(form);
  const top = form.querySelector('[data-form-message]');
  if (top) { top.className = 'form-ok'; top.textContent = message; top.hidden = false; }
}

/** Trimmed text of a named control; null when empty. */
export function text(form, name) {
  const v = form.elements[name]?.value?.trim();
  return v ? v : null;
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((el) => el.value);
}

/** Runs `action` with the submit button disabled; shows any error on the form. */
export async function submitting(form, action) {
  const buttons = form.querySelectorAll('button[type="submit"]');
  buttons.forEach((b) => { b.disabled = true; });
  clearProblems(form);
  try {
    return await action();
  } catch (e) {
    if (!e.signedOut) showProblem(form, e);
    return undefined;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

/** A modal dialog holding a form; resolves when closed. `build(form, close)` fills the form. */
export function openDialog(title, build) {
  const form = h('form', { novalidate: true });
  const dialog = h('dialog', { 'aria-label': title },
    h('div', { class: 'dialog-head' },
      h('h3', {}, title),
      h('button', { type: 'button', class: 'btn btn-quiet btn-small', onclick: () => dialog.close(), 'aria-label': '关闭' }, '×')),
    form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => { dialog.remove(); resolve(dialog.returnValue); });
    build(form, (value) => dialog.close(value));
    dialog.showModal();
    form.querySelector('input, select')?.focus();
  });
}
