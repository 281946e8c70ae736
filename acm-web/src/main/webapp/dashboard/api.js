/*
 * The runtime's REST API as the dashboard calls it: relative to this node's v2 path, with the user's Basic
 * credentials on every call and the header that has a refusal answered without the browser's own login dialog.
 */
export const API = new URL('../v2/', document.baseURI);

const session = {credentials: null, onRefused: () => {}};

/** The Authorization value for a user and password (UTF-8, as the runtime decodes it). */
export function basic(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return 'Basic ' + btoa(binary);
}

/** Uses these credentials from now on (null: none); {@code onRefused} runs when the runtime answers 401. */
export function useCredentials(credentials, onRefused) {
  session.credentials = credentials;
  if (onRefused) {
    session.onRefused = onRefused;
  }
}

export function hasCredentials() {
  return session.credentials !== null;
}

export function headers(extra) {
  return Object.assign({
    'Authorization': session.credentials,
    'Accept': 'application/json',
    // Refused without the Basic challenge, so a wrong password shows on the page and not in the browser's dialog.
    'X-Requested-With': 'XMLHttpRequest',
  }, extra || {});
}

/** One call; answers {status, ok, json, text} whatever the status. */
export async function call(method, path, body) {
  const init = {method: method, headers: headers(body === undefined ? {} : {'Content-Type': 'application/json'})};
  if (body !== undefined) {
    init.body = JSON.stringify(body);
  }
  const response = await fetch(new URL(path, API), init);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (response.status === 401 && session.credentials) {
    session.onRefused();
  }
  return {status: response.status, ok: response.ok, json: json, text: text};
}

/** A read that must succeed: the JSON body, or an Error naming the path and ONAP's error text. */
export async function read(path) {
  const answer = await call('GET', path);
  if (!answer.ok) {
    throw new Error(path + ': ' + answer.status + ' ' + errorText(answer));
  }
  return answer.json;
}

/** ONAP's errorDetails, else the body, else the status. */
export function errorText(answer) {
  if (answer.json && typeof answer.json.errorDetails === 'string') {
    return answer.json.errorDetails;
  }
  return answer.text || ('HTTP ' + answer.status);
}
