/*
 * The runtime's live change stream (GET v2/events, Server-Sent Events) read with fetch, so that the Authorization
 * header can be sent (EventSource cannot). Reconnects after a drop until stopped.
 */
import {API, headers} from './api.js';

const RECONNECT_MS = 2000;

/**
 * Follows the stream: {@code handlers.open(isOpen)} on connection changes, {@code handlers.ready()} once connected,
 * {@code handlers.change(notice)} per change notice, {@code handlers.refused()} on a 401. Returns a function that
 * stops it.
 */
export function follow(handlers) {
  let current = null;
  let retry = null;

  async function connect() {
    const controller = new AbortController();
    current = controller;
    try {
      const response = await fetch(new URL('events', API), {
        headers: headers({'Accept': 'text/event-stream'}),
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.status === 401) {
        handlers.refused();
        return;
      }
      if (!response.ok || !response.body) {
        throw new Error('event stream: HTTP ' + response.status);
      }
      await readEvents(response.body.getReader(), handlers);
    } catch (e) {
      // Closed by the node, the network or us: reconnect below unless stopped.
    } finally {
      handlers.open(false);
      if (current === controller) {
        retry = setTimeout(connect, RECONNECT_MS);
      }
    }
  }

  connect();
  return () => {
    const controller = current;
    current = null;
    clearTimeout(retry);
    if (controller) {
      controller.abort();
    }
  };
}

async function readEvents(reader, handlers) {
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
      dispatch(parse(buffer.slice(0, end)), handlers);
      buffer = buffer.slice(end + 2);
    }
  }
}

/** One event block as {name, data}; comment lines (keep-alives) are skipped. */
function parse(block) {
  let name = 'message';
  const data = [];
  block.split('\n').forEach((line) => {
    if (line.startsWith(':')) {
      return;
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
  return {name: name, data: data};
}

function dispatch(event, handlers) {
  if (event.name === 'ready') {
    handlers.open(true);
    handlers.ready();
  } else if (event.name === 'change' && event.data.length > 0) {
    let notice = null;
    try {
      notice = JSON.parse(event.data.join('\n'));
    } catch (e) {
      return; // not a notice: ignore it
    }
    handlers.change(notice);
  }
}
