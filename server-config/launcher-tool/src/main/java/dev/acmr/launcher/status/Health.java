package dev.acmr.launcher.status;

/** A component's health as the launcher reports it. */
public enum Health {
    UP,
    DOWN;

    static Health of(boolean up) {
        return up ? UP : DOWN;
    }
}
