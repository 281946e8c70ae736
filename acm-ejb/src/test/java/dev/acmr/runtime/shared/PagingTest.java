package dev.acmr.runtime.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pagesOnlyWithBothPageAndSize() {
        assertEquals(Optional.of(new Paging(2, 10)), Paging.fromQuery("2", "10"));
        assertTrue(Paging.fromQuery(null, null).isEmpty());
        assertTrue(Paging.fromQuery("2", null).isEmpty());
        assertTrue(Paging.fromQuery(null, "10").isEmpty());
        assertTrue(Paging.fromQuery("", "10").isEmpty(), "blank is absent");
    }

    @Test
    void pageIsZeroBased() {
        assertEquals(0, Paging.fromQuery("0", "10").orElseThrow().offset());
        assertEquals(20, Paging.fromQuery("2", "10").orElseThrow().offset());
    }

    @Test
    void rejectsANegativePage() {
        InvalidPagingException e = assertThrows(InvalidPagingException.class, () -> Paging.fromQuery("-1", "10"));
        assertEquals("Page index must not be less than zero", e.getMessage());
    }

    @Test
    void rejectsASizeBelowOne() {
        assertThrows(InvalidPagingException.class, () -> Paging.fromQuery("0", "0"));
        assertThrows(InvalidPagingException.class, () -> Paging.fromQuery("0", "-5"));
    }

    @Test
    void rejectsWhatIsNotAnInteger() {
        InvalidPagingException e = assertThrows(InvalidPagingException.class, () -> Paging.fromQuery("one", "10"));
        assertEquals("Parameter page must be an integer", e.getMessage());
        assertThrows(InvalidPagingException.class, () -> Paging.fromQuery("0", "1.5"));
        assertThrows(InvalidPagingException.class, () -> Paging.fromQuery("0", "99999999999"));
    }

    @Test
    void rejectsAnOffsetBeyondAnyListing() {
        assertThrows(InvalidPagingException.class, () -> Paging.fromQuery("2147483647", "2"));
    }
}
