/**
 * ONAP's simulator control API under {@code /onap/policy/simparticipant/v2}: {@code GET|PUT /parameters} and a
 * {@code GET /status} showing this replica's identity and link to the runtime, behind HTTP Basic authentication with
 * ONAP's test credentials by default ({@code participant.user} / {@code participant.password} in MicroProfile Config).
 */
package dev.acmr.simulator.web;
