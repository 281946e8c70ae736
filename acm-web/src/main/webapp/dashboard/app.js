/*
 * The ACM runtime dashboard: reads the runtime's REST API with the user's Basic credentials (kept in sessionStorage
 * for the tab's life) and follows the live change stream (GET v2/events, Server-Sent Events read with fetch so that
 * the Authorization header can be sent). A change notice only names what changed; the page then reads it again
 * through the API, so it never shows anything the API would not. Heartbeats, liveness and drains send no notice:
 * the participants are read every 2 s, and everything every 15 s as a safety net for what sends none
 * (commissioning, a new instance before its first order).
 */
(function () {
  'use strict';

  const API = new URL('../v2/', document.baseURI);
  const CREDENTIALS_KEY = 'acm.dashboard.credentials';
  const PARTICIPANT_POLL_MS = 2000;
  const FULL_REFRESH_MS = 15000;
  const RECONNECT_MS = 2000;
  const NOTICE_DEBOUNCE_MS = 100;
  const FAILOVER_OUTCOMES = new Set(['REDISPATCHED', 'ORPHANED']);

  const $ = (selector) => document.querySelector(selector);

  const state = {
    credentials: null,
    selectedInstance: null, // {compositionId, instanceId}
    compositionIds: [],
    stream: null, // AbortController of the open stream
    timers: [],
    pending: nothingPending(),
    flushTimer: null,
    flushing: false,
  };

  function nothingPending() {
    return {compositions: false, participants: false, instancesOf: new Set(), detail: false};
  }

  // ---------------------------------------------------------------- API calls

  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return 'Basic ' + btoa(binary);
  }

  function headers(extra) {
    return Object.assign({
      'Authorization': state.credentials,
      'Accept': 'application/json',
      // Refused without the Basic challenge, so a wrong password shows here and not in the browser's dialog.
      'X-Requested-With': 'XMLHttpRequest',
    }, extra || {});
  }

  async function call(method, path, body) {
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
    if (response.status === 401 && state.credentials) {
      logout('The runtime refused the credentials.');
    }
    return {status: response.status, ok: response.ok, json: json, text: text};
  }

  async function read(path) {
    const answer = await call('GET', path);
    if (!answer.ok) {
      throw new Error(path + ': ' + answer.status + ' ' + errorText(answer));
    }
    return answer.json;
  }

  function errorText(answer) {
    if (answer.json && typeof answer.json.errorDetails === 'string') {
      return answer.json.errorDetails;
    }
    return answer.text || ('HTTP ' + answer.status);
  }

  // ---------------------------------------------------------------- messages

  function show(text, kind) {
    const message = $('#message');
    message.textContent = text;
    message.className = kind || '';
  }

  // ---------------------------------------------------------------- table helpers

  /** Brings a tbody in line with items, keeping rows that stay (by key) so the page does not flicker. */
  function syncRows(tbody, items, keyAttribute, keyOf, render) {
    const existing = new Map();
    tbody.querySelectorAll('tr[' + keyAttribute + ']').forEach((row) => {
      existing.set(row.getAttribute(keyAttribute), row);
    });
    tbody.querySelectorAll('tr:not([' + keyAttribute + '])').forEach((row) => row.remove());
    const rows = items.map((item) => {
      const key = keyOf(item);
      let row = existing.get(key);
      existing.delete(key);
      if (!row) {
        row = document.createElement('tr');
        row.setAttribute(keyAttribute, key);
      }
      render(row, item);
      return row;
    });
    existing.forEach((row) => row.remove());
    // Rows already in place are left alone, so a refresh moves nothing that a reader (or a test) holds.
    rows.forEach((row, index) => {
      if (tbody.children[index] !== row) {
        tbody.insertBefore(row, tbody.children[index] || null);
      }
    });
  }

  /** Gives a row exactly these cells: [className, text] or [className, nodeFactory]. */
  function setCells(row, cells) {
    while (row.cells.length > cells.length) {
      row.deleteCell(-1);
    }
    cells.forEach((cell, index) => {
      const td = row.cells[index] || row.insertCell(-1);
      td.className = cell[0];
      if (typeof cell[1] === 'function') {
        if (!td.firstChild || td.dataset.built !== 'yes') {
          td.textContent = '';
          td.appendChild(cell[1]());
          td.dataset.built = 'yes';
        }
      } else {
        const text = cell[1] === null || cell[1] === undefined ? '' : String(cell[1]);
        if (td.textContent !== text) {
          td.textContent = text;
        }
      }
    });
  }

  function emptyRow(tbody, columns, text) {
    if (tbody.rows.length === 0) {
      const row = tbody.insertRow(-1);
      const td = row.insertCell(-1);
      td.colSpan = columns;
      td.className = 'empty';
      td.textContent = text;
    }
  }

  function buttons(specs) {
    return () => {
      const span = document.createElement('span');
      specs.forEach((spec) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.action = spec[0];
        button.textContent = spec[1];
        span.appendChild(button);
      });
      return span;
    };
  }

  function stateClass(text) {
    if (/FAILED|TIMEOUT|OFF_LINE/.test(text || '')) {
      return ' state-bad';
    }
    if (/ING$/.test(text || '')) {
      return ' state-busy';
    }
    return /PRIMED|DEPLOYED|LOCKED|NO_ERROR|ON_LINE/.test(text || '') ? ' state-ok' : '';
  }

  // ---------------------------------------------------------------- compositions

  async function refreshCompositions() {
    const listing = await read('compositions');
    const templates = (listing && listing.service_templates) || [];
    const ids = templates.map((t) => t.metadata && t.metadata.compositionId).filter(Boolean);
    const definitions = await Promise.all(ids.map((id) => call('GET', 'compositions/' + id)));
    const items = [];
    templates.forEach((template) => {
      const id = template.metadata && template.metadata.compositionId;
      const answer = definitions[ids.indexOf(id)];
      if (id && answer && answer.ok) {
        items.push({template: template, definition: answer.json});
      }
    });
    const tbody = $('#compositions tbody');
    syncRows(tbody, items, 'data-composition-id', (item) => item.definition.compositionId, (row, item) => {
      const d = item.definition;
      setCells(row, [
        ['name', item.template.name],
        ['version', item.template.version],
        ['id', d.compositionId],
        ['state' + stateClass(d.state), d.state],
        ['result' + stateClass(d.stateChangeResult), d.stateChangeResult],
        ['last-msg', d.lastMsg],
        ['actions', buttons([['prime', 'Prime'], ['deprime', 'Deprime']])],
      ]);
    });
    emptyRow(tbody, 7, 'No composition commissioned.');
    const previous = state.compositionIds;
    state.compositionIds = items.map((item) => item.definition.compositionId);
    return previous.join() !== state.compositionIds.join();
  }

  // ---------------------------------------------------------------- instances

  async function refreshInstances(compositionIds) {
    const tbody = $('#instances tbody');
    const ids = compositionIds || state.compositionIds;
    const listings = await Promise.all(ids.map((id) => call('GET', 'compositions/' + id + '/instances')));
    const known = new Map();
    tbody.querySelectorAll('tr[data-instance-id]').forEach((row) => {
      known.set(row.getAttribute('data-instance-id'), row.instance);
    });
    // Instances of compositions not read this time stay as they were.
    const fresh = new Set(ids);
    const items = [...known.values()].filter((i) => i && !fresh.has(i.compositionId)
        && state.compositionIds.includes(i.compositionId));
    listings.forEach((answer) => {
      if (answer.ok && answer.json) {
        (answer.json.automationCompositionList || []).forEach((instance) => items.push(instance));
      }
    });
    items.sort((a, b) => (a.name || '').localeCompare(b.name || '') || a.instanceId.localeCompare(b.instanceId));
    syncRows(tbody, items, 'data-instance-id', (i) => i.instanceId, (row, i) => {
      row.instance = i;
      row.dataset.ofComposition = i.compositionId; // not data-composition-id: that marks composition rows
      setCells(row, [
        ['name', i.name + ' ' + i.version],
        ['id', i.instanceId],
        ['id composition', i.compositionId],
        ['deploy-state' + stateClass(i.deployState), i.deployState],
        ['lock-state' + stateClass(i.lockState), i.lockState],
        ['sub-state', i.subState],
        ['result' + stateClass(i.stateChangeResult), i.stateChangeResult],
        ['phase', i.phase],
        ['last-msg', i.lastMsg],
        ['actions', buttons([['deploy', 'Deploy'], ['undeploy', 'Undeploy'], ['show-dispatches', 'Details']])],
      ]);
      row.classList.toggle('selected', isSelected(i.instanceId));
    });
    emptyRow(tbody, 10, 'No instance.');
  }

  function isSelected(instanceId) {
    return state.selectedInstance !== null && state.selectedInstance.instanceId === instanceId;
  }

  // ---------------------------------------------------------------- instance detail

  function select(compositionId, instanceId) {
    state.selectedInstance = {compositionId: compositionId, instanceId: instanceId};
    document.querySelectorAll('#instances tr[data-instance-id]').forEach((row) => {
      row.classList.toggle('selected', isSelected(row.getAttribute('data-instance-id')));
    });
    $('#elements tbody').textContent = '';
    $('#dispatch-log tbody').textContent = '';
    $('#instance-detail').hidden = false;
    refreshSoon({detail: true});
  }

  async function refreshDetail() {
    const selected = state.selectedInstance;
    if (!selected) {
      return;
    }
    const base = 'compositions/' + selected.compositionId + '/instances/' + selected.instanceId;
    const [instance, dispatches] = await Promise.all([call('GET', base), call('GET', base + '/dispatches')]);
    if (!isSelected(selected.instanceId)) {
      return;
    }
    if (instance.status === 404) {
      $('#detail-name').textContent = selected.instanceId + ' (deleted)';
      syncRows($('#elements tbody'), [], 'data-element-id', () => '', () => {});
    } else if (instance.ok) {
      renderElements(instance.json);
    }
    // Nothing dispatched yet is a 404: an empty log.
    renderDispatches(dispatches.ok ? dispatches.json || [] : []);
  }

  function renderElements(instance) {
    $('#detail-name').textContent = instance.name + ' ' + instance.version + ' (' + instance.instanceId + ')';
    const elements = Object.values(instance.elements || {});
    const tbody = $('#elements tbody');
    syncRows(tbody, elements, 'data-element-id', (e) => e.id, (row, e) => {
      setCells(row, [
        ['id', e.id],
        ['definition', e.definition ? e.definition.name + ' ' + e.definition.version : ''],
        ['id participant', e.participantId],
        ['deploy-state' + stateClass(e.deployState), e.deployState],
        ['lock-state' + stateClass(e.lockState), e.lockState],
        ['stage', e.stage],
        ['result', e.message],
      ]);
    });
    emptyRow(tbody, 7, 'No element.');
  }

  function renderDispatches(log) {
    // A phase of one order revision run by more than one replica moved during its run: a failover.
    const replicasByPhase = new Map();
    log.forEach((d) => {
      const key = [d.operation, d.phase, d.orderRevision, d.participantId].join('|');
      if (!replicasByPhase.has(key)) {
        replicasByPhase.set(key, new Set());
      }
      replicasByPhase.get(key).add(d.replicaId);
    });
    const tbody = $('#dispatch-log tbody');
    const keyOf = (d) => [d.operation, d.phase, d.orderRevision, d.replicaId, d.dispatchedAt].join('|');
    syncRows(tbody, log, 'data-dispatch', keyOf, (row, d) => {
      const phaseKey = [d.operation, d.phase, d.orderRevision, d.participantId].join('|');
      const failover = FAILOVER_OUTCOMES.has(d.outcome) || replicasByPhase.get(phaseKey).size > 1;
      row.className = 'dispatch' + (failover ? ' failover' : '');
      setCells(row, [
        ['dispatched-at', d.dispatchedAt],
        ['operation', d.operation],
        ['phase', d.phase],
        ['revision', d.orderRevision],
        ['id participant', d.participantId],
        ['replica', d.replicaId],
        ['settled-at', d.settledAt],
        ['outcome' + stateClass(d.outcome), d.outcome || 'OPEN'],
      ]);
    });
    emptyRow(tbody, 8, 'Nothing dispatched yet.');
  }

  // ---------------------------------------------------------------- participants

  async function refreshParticipants() {
    const participants = (await read('participants')) || [];
    const tbody = $('#participants tbody');
    const rows = [];
    participants.forEach((info) => {
      const p = info.participant;
      rows.push({key: 'p:' + p.participantId, participant: p});
      Object.values(p.replicas || {}).forEach((r) => {
        rows.push({key: 'r:' + r.replicaId, participant: p, replica: r});
      });
    });
    syncRows(tbody, rows, 'data-row', (item) => item.key, (row, item) => {
      if (item.replica) {
        renderReplica(row, item.participant, item.replica);
      } else {
        renderParticipant(row, item.participant);
      }
    });
    emptyRow(tbody, 8, 'No participant registered.');
  }

  function renderParticipant(row, p) {
    row.className = 'participant';
    row.setAttribute('data-participant-id', p.participantId);
    const types = Object.values(p.participantSupportedElementTypes || {})
        .map((t) => t.typeName + ' ' + t.typeVersion).join(', ');
    const count = Object.keys(p.replicas || {}).length;
    setCells(row, [
      ['id', p.participantId],
      ['types', count + ' replica(s)'],
      ['supported', types],
    ]);
    row.cells[2].colSpan = 6;
  }

  function renderReplica(row, p, r) {
    row.className = 'replica';
    row.setAttribute('data-replica-id', r.replicaId);
    row.dataset.ofParticipant = p.participantId; // not data-participant-id: that marks participant rows
    setCells(row, [
      ['replica', r.replicaId],
      ['replica-state' + stateClass(r.participantState), r.participantState],
      ['synced', r.synced ? 'yes' : 'no'],
      ['drained', r.drained ? 'yes' : 'no'],
      ['in-flight', r.inFlight],
      ['lag', r.lag],
      ['last-heartbeat', r.lastMsg],
      ['actions', buttons([['drain', 'Drain'], ['undrain', 'Undrain']])],
    ]);
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

  function onClick(event) {
    const button = event.target.closest('button[data-action]');
    const row = event.target.closest('tr');
    if (!button) {
      if (row && row.hasAttribute('data-instance-id')) {
        select(row.dataset.ofComposition, row.getAttribute('data-instance-id'));
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
      if (action === 'show-dispatches') {
        select(compositionId, id);
        return;
      }
      const order = action === 'deploy' ? 'DEPLOY' : 'UNDEPLOY';
      select(compositionId, id);
      act(order + ' ' + id, 'PUT', 'compositions/' + compositionId + '/instances/' + id, {deployOrder: order});
    } else if (row.hasAttribute('data-replica-id')) {
      const replica = row.getAttribute('data-replica-id');
      const path = 'participants/' + row.dataset.ofParticipant + '/replicas/' + replica + '/drain';
      act((action === 'drain' ? 'Drain ' : 'Undrain ') + replica, action === 'drain' ? 'PUT' : 'DELETE', path);
    }
  }

  // ---------------------------------------------------------------- refreshing

  function report(error) {
    if (state.credentials) {
      show(error.message, 'error');
    }
  }

  /** Gathers what to read again for a short while, so a burst of notices costs one read of each. */
  function refreshSoon(what) {
    const pending = state.pending;
    pending.compositions = pending.compositions || Boolean(what.compositions);
    pending.participants = pending.participants || Boolean(what.participants);
    pending.detail = pending.detail || Boolean(what.detail);
    (what.instancesOf || []).forEach((id) => pending.instancesOf.add(id));
    scheduleFlush();
  }

  function scheduleFlush() {
    if (state.flushTimer === null && !state.flushing) {
      state.flushTimer = setTimeout(flush, NOTICE_DEBOUNCE_MS);
    }
  }

  /**
   * Reads what is pending. One read at a time: two overlapping reads could finish in the wrong order and leave an
   * older state on the page; what is asked for meanwhile is read right after.
   */
  async function flush() {
    const pending = state.pending;
    state.flushTimer = null;
    state.flushing = true;
    state.pending = nothingPending();
    try {
      await readPending(pending);
    } finally {
      state.flushing = false;
      const next = state.pending;
      if (next.compositions || next.participants || next.detail || next.instancesOf.size > 0) {
        scheduleFlush();
      }
    }
  }

  async function readPending(pending) {
    const work = [];
    if (pending.compositions) {
      work.push(refreshCompositions().then(() => refreshInstances()));
    } else if (pending.instancesOf.size > 0) {
      work.push(refreshInstances([...pending.instancesOf].filter((id) => state.compositionIds.includes(id))));
    }
    if (pending.participants) {
      work.push(refreshParticipants());
    }
    if (pending.detail) {
      work.push(refreshDetail());
    }
    await Promise.all(work.map((w) => w.catch(report)));
  }

  function onNotice(notice) {
    if (notice.kind === 'composition') {
      refreshSoon({compositions: true, participants: true});
    } else if (notice.kind === 'instance') {
      const unknownComposition = !state.compositionIds.includes(notice.compositionId);
      refreshSoon({
        compositions: unknownComposition,
        instancesOf: [notice.compositionId],
        participants: true,
        detail: isSelected(notice.id),
      });
    } else if (notice.kind === 'participant') {
      refreshSoon({participants: true});
    }
  }

  // ---------------------------------------------------------------- live stream

  function setLive(open) {
    $('#live').setAttribute('data-state', open ? 'open' : 'closed');
  }

  async function openStream() {
    const controller = new AbortController();
    state.stream = controller;
    try {
      const response = await fetch(new URL('events', API), {
        headers: headers({'Accept': 'text/event-stream'}),
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.status === 401) {
        logout('The runtime refused the credentials.');
        return;
      }
      if (!response.ok || !response.body) {
        throw new Error('event stream: HTTP ' + response.status);
      }
      await readEvents(response.body.getReader());
    } catch (e) {
      // Closed by the node, the network or us: reconnect below unless logged out.
    } finally {
      setLive(false);
      if (state.stream === controller && state.credentials) {
        state.timers.push(setTimeout(openStream, RECONNECT_MS));
      }
    }
  }

  async function readEvents(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) {
        return;
      }
      buffer += decoder.decode(chunk.value, {stream: true}).replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        onStreamEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  function onStreamEvent(block) {
    let name = 'message';
    const data = [];
    block.split('\n').forEach((line) => {
      if (line.startsWith(':')) {
        return; // a comment: keep-alive
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) {
        value = value.slice(1);
      }
      if (field === 'event') {
        name = value;
      } else if (field === 'data') {
        data.push(value);
      }
    });
    if (name === 'ready') {
      setLive(true);
      // Whatever changed while the stream was down is read again.
      refreshSoon({compositions: true, participants: true, detail: true});
    } else if (name === 'change' && data.length > 0) {
      try {
        onNotice(JSON.parse(data.join('\n')));
      } catch (e) {
        // not a notice: ignore it
      }
    }
  }

  // ---------------------------------------------------------------- login

  async function login(credentials) {
    state.credentials = credentials;
    let answer;
    try {
      answer = await call('GET', 'participants');
    } catch (e) {
      answer = {status: 0, ok: false, text: e.message};
    }
    if (!answer.ok) {
      state.credentials = null;
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
    state.timers.push(setInterval(() => refreshSoon({participants: true, detail: true}), PARTICIPANT_POLL_MS));
    state.timers.push(setInterval(() => refreshSoon({compositions: true}), FULL_REFRESH_MS));
    openStream();
  }

  function logout(reason) {
    state.credentials = null;
    sessionStorage.removeItem(CREDENTIALS_KEY);
    state.timers.forEach((timer) => { clearInterval(timer); clearTimeout(timer); });
    state.timers = [];
    if (state.stream) {
      const stream = state.stream;
      state.stream = null;
      stream.abort();
    }
    setLive(false);
    $('#app').hidden = true;
    $('#logout').hidden = true;
    $('#login-form').hidden = false;
    const error = $('#login-error');
    error.textContent = reason || '';
    error.hidden = !reason;
  }

  document.addEventListener('DOMContentLoaded', () => {
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
  });
}());
