/*
 * The ACM runtime dashboard: reads the runtime's REST API with the user's Basic credentials (kept in sessionStorage
 * for the tab's life) and follows the live change stream. A change notice only names what changed; the page then
 * reads it again through the API, so it never shows anything the API would not. Heartbeats, liveness and drains
 * send no notice: the participants are read every 2 s, and everything every 15 s as a safety net for what sends none
 * (commissioning, a new instance before its first order).
 *
 * Modules: api.js (calls), tables.js (rows kept in place), views.js (the tables), stream.js (the change stream);
 * this one gathers refreshes, runs the actions and logs in and out.
 */
import {basic, call, errorText, hasCredentials, useCredentials} from './api.js';
import {follow} from './stream.js';
import {isSelected, refreshCompositions, refreshDetail, refreshInstances, refreshParticipants, select, shown}
  from './views.js';

const CREDENTIALS_KEY = 'acm.dashboard.credentials';
const PARTICIPANT_POLL_MS = 2000;
const FULL_REFRESH_MS = 15000;
const NOTICE_DEBOUNCE_MS = 100;

const $ = (selector) => document.querySelector(selector);

const session = {stopStream: null, timers: []};
const refreshing = {pending: nothingPending(), timer: null, running: false};

function nothingPending() {
  return {compositions: false, participants: false, instancesOf: new Set(), detail: false};
}

function show(text, kind) {
  const message = $('#message');
  message.textContent = text;
  message.className = kind || '';
}

// ---------------------------------------------------------------- refreshing

/** Gathers what to read again for a short while, so a burst of notices costs one read of each. */
function refreshSoon(what) {
  const pending = refreshing.pending;
  pending.compositions = pending.compositions || Boolean(what.compositions);
  pending.participants = pending.participants || Boolean(what.participants);
  pending.detail = pending.detail || Boolean(what.detail);
  (what.instancesOf || []).forEach((id) => pending.instancesOf.add(id));
  if (refreshing.timer === null && !refreshing.running) {
    refreshing.timer = setTimeout(flush, NOTICE_DEBOUNCE_MS);
  }
}

/**
 * Reads what is pending. One read at a time: two overlapping reads could finish in the wrong order and leave an
 * older state on the page; what is asked for meanwhile is read right after.
 */
async function flush() {
  const pending = refreshing.pending;
  refreshing.timer = null;
  refreshing.running = true;
  refreshing.pending = nothingPending();
  try {
    await readPending(pending);
  } finally {
    refreshing.running = false;
    const next = refreshing.pending;
    if (next.compositions || next.participants || next.detail || next.instancesOf.size > 0) {
      refreshSoon({});
    }
  }
}

async function readPending(pending) {
  const work = [];
  if (pending.compositions) {
    work.push(refreshCompositions().then(() => refreshInstances()));
  } else if (pending.instancesOf.size > 0) {
    work.push(refreshInstances([...pending.instancesOf].filter((id) => shown.compositionIds.includes(id))));
  }
  if (pending.participants) {
    work.push(refreshParticipants());
  }
  if (pending.detail) {
    work.push(refreshDetail());
  }
  await Promise.all(work.map((w) => w.catch((error) => {
    if (hasCredentials()) {
      show(error.message, 'error');
    }
  })));
}

function onNotice(notice) {
  if (notice.kind === 'composition') {
    refreshSoon({compositions: true, participants: true});
  } else if (notice.kind === 'instance') {
    refreshSoon({
      compositions: !shown.compositionIds.includes(notice.compositionId),
      instancesOf: [notice.compositionId],
      participants: true,
      detail: isSelected(notice.id),
    });
  } else if (notice.kind === 'participant') {
    refreshSoon({participants: true});
  }
}

// ---------------------------------------------------------------- actions

async function act(label, method, path, body) {
  try {
    const answer = await call(method, path, body);
    if (answer.ok) {
      show(label + ': accepted (' + answer.status + ')', 'info');
    } else if (answer.status !== 401) {
      show(errorText(answer), 'error');
    }
  } catch (e) {
    show(label + ': ' + e.message, 'error');
  }
  refreshSoon({compositions: true, participants: true, detail: true});
}

function open(compositionId, instanceId) {
  select(compositionId, instanceId);
  refreshSoon({detail: true});
}

function onClick(event) {
  const button = event.target.closest('button[data-action]');
  const row = event.target.closest('tr');
  if (!button) {
    if (row && row.hasAttribute('data-instance-id')) {
      open(row.dataset.ofComposition, row.getAttribute('data-instance-id'));
    }
    return;
  }
  const action = button.dataset.action;
  if (!row) {
    return;
  }
  if (row.hasAttribute('data-composition-id')) {
    const id = row.getAttribute('data-composition-id');
    const order = action === 'prime' ? 'PRIME' : 'DEPRIME';
    act(order + ' ' + id, 'PUT', 'compositions/' + id, {primeOrder: order});
  } else if (row.hasAttribute('data-instance-id')) {
    const id = row.getAttribute('data-instance-id');
    const compositionId = row.dataset.ofComposition;
    open(compositionId, id);
    if (action !== 'show-dispatches') {
      const order = action === 'deploy' ? 'DEPLOY' : 'UNDEPLOY';
      act(order + ' ' + id, 'PUT', 'compositions/' + compositionId + '/instances/' + id, {deployOrder: order});
    }
  } else if (row.hasAttribute('data-replica-id')) {
    const replica = row.getAttribute('data-replica-id');
    const path = 'participants/' + row.dataset.ofParticipant + '/replicas/' + replica + '/drain';
    act((action === 'drain' ? 'Drain ' : 'Undrain ') + replica, action === 'drain' ? 'PUT' : 'DELETE', path);
  }
}

// ---------------------------------------------------------------- login

function setLive(isOpen) {
  $('#live').setAttribute('data-state', isOpen ? 'open' : 'closed');
}

async function login(credentials) {
  useCredentials(credentials, () => logout('The runtime refused the credentials.'));
  let answer;
  try {
    answer = await call('GET', 'participants');
  } catch (e) {
    answer = {status: 0, ok: false, text: e.message};
  }
  if (!answer.ok) {
    useCredentials(null);
    sessionStorage.removeItem(CREDENTIALS_KEY);
    const error = $('#login-error');
    error.textContent = answer.status === 401 ? 'Wrong user or password.'
        : 'The runtime did not answer: ' + (answer.text || answer.status);
    error.hidden = false;
    return;
  }
  sessionStorage.setItem(CREDENTIALS_KEY, credentials);
  $('#login-error').hidden = true;
  $('#login-form').hidden = true;
  $('#app').hidden = false;
  $('#logout').hidden = false;
  $('#node').textContent = location.host;
  refreshSoon({compositions: true, participants: true});
  session.timers.push(setInterval(() => refreshSoon({participants: true, detail: true}), PARTICIPANT_POLL_MS));
  session.timers.push(setInterval(() => refreshSoon({compositions: true}), FULL_REFRESH_MS));
  session.stopStream = follow({
    open: setLive,
    // Whatever changed while the stream was down is read again.
    ready: () => refreshSoon({compositions: true, participants: true, detail: true}),
    change: onNotice,
    refused: () => logout('The runtime refused the credentials.'),
  });
}

function logout(reason) {
  useCredentials(null);
  sessionStorage.removeItem(CREDENTIALS_KEY);
  session.timers.forEach((timer) => clearInterval(timer));
  session.timers = [];
  if (session.stopStream) {
    const stop = session.stopStream;
    session.stopStream = null;
    stop();
  }
  setLive(false);
  $('#app').hidden = true;
  $('#logout').hidden = true;
  $('#login-form').hidden = false;
  const error = $('#login-error');
  error.textContent = reason || '';
  error.hidden = !reason;
}

$('#login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  login(basic($('#username').value, $('#password').value));
});
$('#logout').addEventListener('click', () => logout());
$('#app').addEventListener('click', onClick);
const saved = sessionStorage.getItem(CREDENTIALS_KEY);
if (saved) {
  login(saved);
}
