/*
 * Table rows kept in place across refreshes: rows are matched by a key attribute and updated cell by cell, so a
 * refresh neither flickers nor replaces an element a reader (or a test) holds.
 */

/** Brings a tbody in line with items, keeping rows that stay (by key). */
export function syncRows(tbody, items, keyAttribute, keyOf, render) {
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
  rows.forEach((row, index) => {
    if (tbody.children[index] !== row) {
      tbody.insertBefore(row, tbody.children[index] || null);
    }
  });
}

/** Gives a row exactly these cells: [className, text] or [className, nodeFactory] (built once). */
export function setCells(row, cells) {
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

/** A single full-width row saying the table is empty. */
export function emptyRow(tbody, columns, text) {
  if (tbody.rows.length === 0) {
    const row = tbody.insertRow(-1);
    const td = row.insertCell(-1);
    td.colSpan = columns;
    td.className = 'empty';
    td.textContent = text;
  }
}

/** A cell factory of action buttons: [[action, label], ...] as button[data-action]. */
export function buttons(specs) {
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

/** The colour class of a state or result text. */
export function stateClass(text) {
  if (/FAILED|TIMEOUT|OFF_LINE/.test(text || '')) {
    return ' state-bad';
  }
  if (/ING$/.test(text || '')) {
    return ' state-busy';
  }
  return /PRIMED|DEPLOYED|LOCKED|NO_ERROR|ON_LINE/.test(text || '') ? ' state-ok' : '';
}
