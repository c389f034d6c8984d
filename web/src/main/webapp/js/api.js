/**
 * The one way the UI talks to the server: JSON over fetch with the session cookie.
 *
 * - Every state-changing request (POST, PUT, PATCH, DELETE) carries `X-Xietong-Request: 1`, which
 *   the server requires of cookie-authenticated requests as a defence against cross-site forgery.
 * - A failure comes back as an RFC 9457 problem detail; it is thrown as an {@link ApiError} whose
 *   `detail` is the server's Chinese message for the person, shown as is.
 * - 401 on anything but signing in means the session is gone: the listeners registered with
 *   {@link onSignedOut} send the person to the sign-in screen.
 */
const CSRF_HEADER = 'X-Xietong-Request';
const SAFE = new Set(['GET', 'HEAD']);
const signedOutListeners = [];

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `请求未能完成（HTTP ${status}）。`);
    this.status = status;
    this.code = problem.code || `http.${status}`;
    this.detail = this.message;
    this.problem = problem;
  }
}

export function onSignedOut(listener) {
  signedOutListeners.push(listener);
}

/**
 * Calls the API. `path` is relative to /api; `query` values that are empty are left out.
 * Resolves to the parsed JSON (or null for 204).
 */
export async function api(method, path, { body, query, quiet401 = false } = {}) {
  const url = new URL('api' + path, document.baseURI);
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const headers = { Accept: 'application/json, application/problem+json' };
  if (!SAFE.has(method)) headers[CSRF_HEADER] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, { code: 'network', detail: '无法连接服务器，请检查网络后重试。' });
  }

  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (response.ok) return data;

  const problem = data && typeof data === 'object' ? data : {};
  const error = new ApiError(response.status, problem);
  if (response.status === 401 && !quiet401) {
    error.signedOut = true; // the listeners show 登录; callers need not show this error
    signedOutListeners.forEach((l) => l(error));
  }
  throw error;
}

/**
 * Sends a file (a Blob, e.g. a PDF) as the request body with its own content type, the CSRF header
 * and the session cookie. `accept` says what comes back: 'application/pdf' (resolves to a Blob) or
 * 'application/json' (resolves to the parsed JSON). A failure is thrown as an {@link ApiError} like
 * any other call.
 */
export async function sendFile(path, file, { contentType = 'application/pdf', accept = 'application/json', query, method = 'POST' } = {}) {
  const url = new URL('api' + path, document.baseURI);
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: { Accept: `${accept}, application/problem+json`, 'Content-Type': contentType, [CSRF_HEADER]: '1' },
      body: file,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, { code: 'network', detail: '无法连接服务器，请检查网络后重试。' });
  }
  const type = response.headers.get('Content-Type') || '';
  if (response.ok) {
    return type.includes('json') ? response.json() : response.blob();
  }
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  const error = new ApiError(response.status, data && typeof data === 'object' ? data : {});
  if (response.status === 401) {
    error.signedOut = true;
    signedOutListeners.forEach((l) => l(error));
  }
  throw error;
}

/**
 * Fetches a file (e.g. the official PDF) as a Blob with the session cookie. Resolves to
 * `{ blob, headers }`; a failure is thrown as an {@link ApiError} like any other call.
 */
export async function getBlob(path, { accept = 'application/pdf' } = {}) {
  const url = new URL('api' + path, document.baseURI);
  let response;
  try {
    response = await fetch(url, {
      headers: { Accept: `${accept}, application/problem+json` }, credentials: 'same-origin', cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, { code: 'network', detail: '无法连接服务器，请检查网络后重试。' });
  }
  if (response.ok) return { blob: await response.blob(), headers: response.headers };
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  const error = new ApiError(response.status, data && typeof data === 'object' ? data : {});
  if (response.status === 401) {
    error.signedOut = true;
    signedOutListeners.forEach((l) => l(error));
  }
  throw error;
}

export const get = (path, query) => api('GET', path, { query });
export const post = (path, body) => api('POST', path, { body });
export const put = (path, body) => api('PUT', path, { body });
export const del = (path) => api('DELETE', path);
