/**
 * The shared kernel: the few small types that compositions, instances, participants and the web tier all use the
 * same way, so that none of those parts has to import another just to page a listing or keep an order's books:
 * listing pages ({@link dev.acmr.runtime.shared.Paging}), ONAP's revisionId
 * ({@link dev.acmr.runtime.shared.RevisionId}), and the bookkeeping every entity that takes orders carries
 * ({@link dev.acmr.runtime.shared.OrderBookkeeping}, kept and shown by {@link dev.acmr.runtime.shared.OrderedEntity}).
 *
 * <p>Every part of the runtime may import this package; it imports nothing of the runtime, and holds nothing that
 * knows the rules of one part (states, orders, element handling stay with their entities).
 */
package dev.acmr.runtime.shared;
