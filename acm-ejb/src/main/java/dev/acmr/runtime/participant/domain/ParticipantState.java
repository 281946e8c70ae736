package dev.acmr.runtime.participant.domain;

/**
 * State of a replica as ONAP reports it. Only {@link #ON_LINE} is ever stored: a replica that stops talking is
 * deleted, as ONAP's runtime does (its documentation says OFF_LINE, its code deletes). OFF_LINE exists so that the
 * value set matches ONAP's.
 */
public enum ParticipantState {
    ON_LINE,
    OFF_LINE
}
