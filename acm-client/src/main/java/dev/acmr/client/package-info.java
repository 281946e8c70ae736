/**
 * A client of the stack's own APIs, shared by the benchmark and the integration tests so that both reach the stack
 * the same way. {@link dev.acmr.client.http} calls the runtime's ONAP REST API and the simulator's control API over
 * HTTP/1.1; {@link dev.acmr.client.stack} runs the launcher ({@code ./acm}) and reads its {@code status --json}. This
 * package holds what both use: the failure they throw and the JSON helpers.
 */
package dev.acmr.client;
