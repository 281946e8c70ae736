/**
 * ONAP's simulator control API under {@code /onap/policy/simparticipant/v2}: {@code GET|PUT /parameters},
 * {@code GET|PUT /compositiondatas} (composition element definitions and their out-properties, ONAP's InternalData),
 * {@code GET /instances[/{id}]} (the instances held, ONAP's AutomationCompositions), {@code GET|PUT /datas} (instance
 * elements and their out-properties), plus {@code GET /status} (this replica's identity and link to the runtime) and {@code GET /executions} (every
 * listener call of this replica), all behind HTTP Basic authentication with ONAP's test credentials by default
 * ({@code participant.user} / {@code participant.password} in MicroProfile Config). Bodies are parsed strictly:
 * unknown fields and wrong types get a 400 naming the field.
 */
package dev.acmr.simulator.web;
