/**
 * ONAP's automation composition instance endpoints: {@code /compositions/{compositionId}/instances} (create, update,
 * query, deploy and lock orders, delete) and {@code /instances} (query across compositions), with ONAP's JSON shapes.
 */
package dev.acmr.runtime.web.instance;
