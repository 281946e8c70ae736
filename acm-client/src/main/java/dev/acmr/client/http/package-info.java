/**
 * The stack's HTTP APIs, one endpoint per client: {@link dev.acmr.client.http.RuntimeClient} for the runtime's ONAP
 * REST API on one node, {@link dev.acmr.client.http.SimulatorClient} for the simulator's control API on one replica.
 * Calls answer the plain {@link java.net.http.HttpResponse} (status, headers, body) so callers assert on exactly what
 * the server sent; only a call that gets no answer throws. Everything goes over one HTTP/1.1 client
 * ({@link dev.acmr.client.http.Http}) with Basic credentials ({@link dev.acmr.client.http.Credentials}).
 */
package dev.acmr.client.http;
