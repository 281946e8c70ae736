package dev.acmr.runtime.composition.tosca;

/** Client text quoted in an error message, cut short: a message must not echo megabytes back. */
final class Excerpt {

    static final int MAX_LENGTH = 120;

    private Excerpt() {
    }

    static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    static String of(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        return text.substring(0, maxLength - 3) + "...";
    }
}
