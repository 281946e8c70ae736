package dev.acmr.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellAssignmentsTest {

    @Test
    void singleQuotesEveryValueSoBashExpandsNothing() {
        assertEquals("A='$HOME `x` \"y\"'\nB='it'\\''s'\n",
                new ShellAssignments().set("A", "$HOME `x` \"y\"").set("B", "it's").toString());
    }

    @Test
    void arraysAreIndexedFromOne() {
        assertEquals("N=([1]='acm-node-1' [2]='acm-node-2')\nE=()\n",
                new ShellAssignments().array("N", List.of("acm-node-1", "acm-node-2")).array("E", List.of()).toString());
    }
}
