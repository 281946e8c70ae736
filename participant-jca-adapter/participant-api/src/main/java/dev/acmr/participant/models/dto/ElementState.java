package dev.acmr.participant.models.dto;

/**
 * Whether an element exists on each side of a migration, as ONAP's; a read that finds no element answers a DTO with
 * NOT_PRESENT instead of null.
 */
public enum ElementState {
    PRESENT, NOT_PRESENT, REMOVED, NEW
}
