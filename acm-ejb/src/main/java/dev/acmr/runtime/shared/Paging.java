package dev.acmr.runtime.shared;

import java.util.Optional;

/**
 * A page of a listing, with ONAP's semantics: {@code page} is 0-based, and a listing is paged only if both
 * {@code page} and {@code size} are given; one without the other gives the whole listing.
 */
public record Paging(int page, int size) {

    public Paging {
        if (page < 0) {
            throw new InvalidPagingException("Page index must not be less than zero");
        }
        if (size < 1) {
            throw new InvalidPagingException("Page size must not be less than one");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidPagingException("Page " + page + " of size " + size + " is beyond any listing");
        }
    }

    /**
     * Reads the query parameters as the client sent them. Blank counts as absent (as Spring, behind ONAP, binds it);
     * a value that is not an integer is rejected rather than ignored.
     */
    public static Optional<Paging> fromQuery(String page, String size) {
        if (isAbsent(page) || isAbsent(size)) {
            return Optional.empty();
        }
        return Optional.of(new Paging(parse("page", page), parse("size", size)));
    }

    /** Rows to skip before this page. */
    public int offset() {
        return page * size;
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    private static int parse(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPagingException("Parameter " + name + " must be an integer");
        }
    }
}
