/*
 * The dashboard's tables, each read from the API and brought in line with it: compositions, instances, the selected
 * instance's elements and dispatch log, and the participants with their replicas.
 */
import {call, read} from './api.js';
import {buttons, emptyRow, setCells, stateClass, syncRows} from './tables.js';

const FAILOVER_OUTCOMES = new Set(['REDISPATCHED', 'ORPHANED']);

const $ = (selector) => document.querySelector(selector);

/** What the tables show: the compositions listed last, and the instance whose detail is open. */
export const shown = {compositionIds: [], selectedInstance: null};

export function isSelected(instanceId) {
  return shown.selectedInstance !== null && shown.selectedInstance.instanceId === instanceId;
}

/** Reads the compositions; answers whether the set of compositions changed. */
export async function refreshCompositions() {
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
  const previous = shown.compositionIds;
  shown.compositionIds = items.map((item) => item.definition.compositionId);
  return previous.join() !== shown.compositionIds.join();
}

/** Reads the instances of these compositions (all listed ones by default); the others' rows stay as they were. */
export async function refreshInstances(compositionIds) {
  const tbody = $('#instances tbody');
  const ids = compositionIds || shown.compositionIds;
  const listings = await Promise.all(ids.map((id) => call('GET', 'compositions/' + id + '/instances')));
  const known = new Map();
  tbody.querySelectorAll('tr[data-instance-id]').forEach((row) => {
    known.set(row.getAttribute('data-instance-id'), row.instance);
  });
  const fresh = new Set(ids);
  const items = [...known.values()].filter((i) => i && !fresh.has(i.compositionId)
      && shown.compositionIds.includes(i.compositionId));
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

/** Opens an instance's detail (its elements and dispatch log); the caller has it read. */
export function select(compositionId, instanceId) {
  shown.selectedInstance = {compositionId: compositionId, instanceId: instanceId};
  document.querySelectorAll('#instances tr[data-instance-id]').forEach((row) => {
    row.classList.toggle('selected', isSelected(row.getAttribute('data-instance-id')));
  });
  $('#elements tbody').textContent = '';
  $('#dispatch-log tbody').textContent = '';
  $('#instance-detail').hidden = false;
}

export async function refreshDetail() {
  const selected = shown.selectedInstance;
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
  const phaseKey = (d) => [d.operation, d.phase, d.orderRevision, d.participantId].join('|');
  const replicasByPhase = new Map();
  log.forEach((d) => {
    if (!replicasByPhase.has(phaseKey(d))) {
      replicasByPhase.set(phaseKey(d), new Set());
    }
    replicasByPhase.get(phaseKey(d)).add(d.replicaId);
  });
  const tbody = $('#dispatch-log tbody');
  const keyOf = (d) => [d.operation, d.phase, d.orderRevision, d.replicaId, d.dispatchedAt].join('|');
  syncRows(tbody, log, 'data-dispatch', keyOf, (row, d) => {
    const failover = FAILOVER_OUTCOMES.has(d.outcome) || replicasByPhase.get(phaseKey(d)).size > 1;
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

export async function refreshParticipants() {
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
