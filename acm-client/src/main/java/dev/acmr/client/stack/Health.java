package dev.acmr.client.stack;

/** A component's health as the launcher reports it. */
public enum Health {
    UP,
    DOWN
}
