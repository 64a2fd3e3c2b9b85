// Same-origin calls with the session cookie. Every answer is { ok, data } or { ok: false, problem }.

export async function call(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  return response.ok ? { ok: true, data } : { ok: false, status: response.status, problem: data ?? { title: `HTTP ${response.status}` } };
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, body);
