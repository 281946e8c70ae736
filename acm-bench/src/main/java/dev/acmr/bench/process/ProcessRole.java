package dev.acmr.bench.process;

/** What a process is in the stack; the default stack's resident memory counts only some roles. */
public enum ProcessRole {
    DAS("admin server"),
    RUNTIME_NODE("runtime"),
    BROKER("broker"),
    DEFAULT_REPLICA("default participant replica"),
    BENCH_REPLICA("bench participant replica"),
    OTHER_REPLICA("participant replica"),
    DATABASE("postmaster + backends"),
    CLIENT("benchmark client");

    private final String label;

    ProcessRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The "resident memory of the stack": DAS + runtime nodes + broker + the default participant's replicas. */
    public boolean inDefaultStack() {
        return this == DAS || this == RUNTIME_NODE || this == BROKER || this == DEFAULT_REPLICA;
    }
}
