/**
 * Live badges: the number of exchange packages waiting in the unit's inbox (待签收), pushed by the
 * server over the WebSocket /ws/badges as {"waitingPackages": n} — once on connecting and again
 * whenever the unit's inbox changes. The socket carries the same session cookie as the API (the
 * server refuses it with close code 1008 when nobody is signed in). A dropped socket is opened again
 * after 1, 2, 4 … up to 30 seconds (with a little jitter), at once when the page becomes visible or
 * the network comes back.
 *
 * Elements made by {@link badge} show the count wherever they are (side navigation, tab bar, home);
 * screens that want to react (the inbox reloads its list) register with {@link onBadges}: they hear
 * every push — an urge or an arrival that coincides with an acceptance leaves the count as it was
 * but still changes the inbox — and every count the page learned that differs from the last.
 */
import { api } from './api.js';
import { h } from './dom.js';

const POLICY_VIOLATION = 1008;
const MAX_DELAY_MS = 30000;
const KEEPALIVE_MS = 50000; // below the 60 s idle limit of common reverse proxies

export const counts = { waitingPackages: null };

const listeners = new Set();
let wanted = false;
let socket = null;
let retryTimer = null;
let keepalive = null;
let attempts = 0;

/** Calls `listener(counts)` after every push and every change; returns the function that stops it. */
export function onBadges(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A count the page learned by itself (e.g. the inbox screen's own request). */
export function learned(name, value) {
  update({ [name]: value });
}

/** A badge element for a count; hidden while the count is 0 or unknown. */
export function badge(name, suffix) {
  const el = h('span', { class: 'nav-badge', dataset: { badge: name }, hidden: true },
    h('span', { class: 'badge-num' }), h('span', { class: 'visually-hidden' }, suffix));
  paintOne(el);
  return el;
}

/** Opens the socket (if not open) and keeps it open until {@link stopBadges}. */
export function startBadges() {
  wanted = true;
  connect();
}

/** Closes the socket and forgets the counts (signing out). */
export function stopBadges() {
  wanted = false;
  attempts = 0;
  clearTimeout(retryTimer);
  retryTimer = null;
  clearInterval(keepalive);
  keepalive = null;
  const s = socket;
  socket = null;
  if (s) {
    s.onclose = null;
    s.close(1000);
  }
  counts.waitingPackages = null;
  paintAll();
}

function update(next, pushed = false) {
  let changed = false;
  for (const [name, value] of Object.entries(next || {})) {
    if (name in counts && Number.isFinite(value) && counts[name] !== value) {
      counts[name] = value;
      changed = true;
    }
  }
  if (changed) paintAll();
  if (!changed && !pushed) return;
  listeners.forEach((l) => l(counts));
}

function paintAll() {
  document.querySelectorAll('[data-badge]').forEach(paintOne);
}

function paintOne(el) {
  const n = counts[el.dataset.badge];
  el.hidden = !n;
  el.dataset.count = n ?? '';
  el.querySelector('.badge-num').textContent = n > 99 ? '99+' : String(n ?? '');
}

function socketUrl() {
  const url = new URL('ws/badges', document.baseURI);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url;
}

function connect() {
  if (!wanted || socket) return;
  clearTimeout(retryTimer);
  retryTimer = null;
  let s;
  try {
    s = new WebSocket(socketUrl());
  } catch (e) {
    retryLater();
    return;
  }
  socket = s;
  s.onopen = () => {
    clearInterval(keepalive);
    keepalive = setInterval(() => { if (s.readyState === WebSocket.OPEN) s.send('ping'); }, KEEPALIVE_MS);
  };
  s.onmessage = (event) => {
    attempts = 0;
    try {
      update(JSON.parse(event.data), true);
    } catch (e) {
      /* not ours to show */
    }
  };
  s.onclose = (event) => {
    if (socket === s) socket = null;
    clearInterval(keepalive);
    keepalive = null;
    if (!wanted) return;
    if (event.code === POLICY_VIOLATION) refused();
    else retryLater();
  };
}

function retryLater() {
  if (!wanted || retryTimer) return;
  const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempts) * (0.8 + Math.random() * 0.4);
  attempts = Math.min(attempts + 1, 6);
  retryTimer = setTimeout(() => { retryTimer = null; connect(); }, delay);
}

/**
 * The server refused the socket. Signed out (expired, or elsewhere): asking the API says so and the
 * UI goes to 登录. Still signed in but refused (no longer a clerk): stop until the next sign-in.
 */
async function refused() {
  try {
    await api('GET', '/me');
  } catch (e) {
    if (!e.signedOut) retryLater(); // the server could not be asked: try again later
    return;
  }
  wanted = false;
}

function reconnectNow() {
  if (!wanted || socket) return;
  attempts = 0;
  connect();
}

document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') reconnectNow(); });
window.addEventListener('online', reconnectNow);
