package dev.acmr.launcher;

import java.util.List;
import java.util.StringJoiner;

/**
 * Bash variable assignments, one a line, for the launcher's scripts to {@code eval}: every value single-quoted, so
 * nothing in it is expanded, and arrays indexed from 1 as the scripts number nodes.
 */
final class ShellAssignments {

    private final StringBuilder out = new StringBuilder();

    ShellAssignments set(String name, Object value) {
        out.append(name).append('=').append(quote(value.toString())).append('\n');
        return this;
    }

    /** {@code NAME=([1]='a' [2]='b')}. */
    ShellAssignments array(String name, List<?> values) {
        StringJoiner elements = new StringJoiner(" ", "(", ")");
        for (int i = 0; i < values.size(); i++) {
            elements.add("[" + (i + 1) + "]=" + quote(values.get(i).toString()));
        }
        out.append(name).append('=').append(elements).append('\n');
        return this;
    }

    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
