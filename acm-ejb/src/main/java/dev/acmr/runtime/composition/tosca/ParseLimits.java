package dev.acmr.runtime.composition.tosca;

/**
 * Bounds on what reading one document may cost, against hostile input.
 *
 * @param maxCodePoints longest document accepted, in code points
 * @param maxDepth deepest nesting of mappings and lists; the readers recurse, so this bounds their stack
 * @param maxAliasesForCollections how many YAML aliases to mappings or lists a document may use
 * @param maxExpandedSize largest tree a document may expand to through aliases, counted as one per node plus the
 *        length of every string
 */
public record ParseLimits(int maxCodePoints, int maxDepth, int maxAliasesForCollections, long maxExpandedSize) {

    /** Longest number accepted; longer ones cost quadratic time to convert and are no honest property value. */
    static final int MAX_NUMBER_LENGTH = 1000;
    static final int DEFAULT_MAX_DEPTH = 100;
    static final int DEFAULT_MAX_ALIASES = 10;

    public ParseLimits {
        if (maxCodePoints < 1 || maxDepth < 1 || maxAliasesForCollections < 0 || maxExpandedSize < 1) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }

    /**
     * Limits for documents of at most {@code maxBytes} bytes. A template without aliases never expands beyond its
     * own length; twice that leaves room for honest anchors and stops alias bombs.
     */
    public static ParseLimits forDocumentsOf(long maxBytes) {
        int codePoints = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes));
        return new ParseLimits(codePoints, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIASES, 2L * codePoints);
    }
}
