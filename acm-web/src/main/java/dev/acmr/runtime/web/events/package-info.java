/**
 * The live event stream of the operators' dashboard (beyond ONAP's API): {@code GET /v2/events}, Server-Sent Events,
 * authenticated like the rest of the API. Each open stream hears a small notice (kind and ids, never state) for every
 * change this node hears of on its {@link dev.acmr.runtime.monitoring.live.ChangeFeed}, which carries the changes
 * committed on any node; the page then reads the current state through the API. Streams whose client went away are
 * dropped at the next notice or keep-alive.
 */
package dev.acmr.runtime.web.events;
