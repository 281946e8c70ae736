package dev.acmr.bench.scenario;

/** One headline figure: what was measured, ONAP's published figure for comparison, the goal and whether it is met. */
public record Figure(String name, String measured, String onap, String goal, Verdict verdict) {

    public enum Verdict {
        MET, MISSED, NOT_JUDGED;

        public static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }

        public String label() {
            return switch (this) {
                case MET -> "met";
                case MISSED -> "**missed**";
                case NOT_JUDGED -> "-";
            };
        }
    }

    public static Figure info(String name, String measured, String onap) {
        return new Figure(name, measured, onap, "-", Verdict.NOT_JUDGED);
    }
}
