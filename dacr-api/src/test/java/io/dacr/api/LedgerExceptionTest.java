package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LedgerExceptionTest {

    @Test
    void theReasonGivenIsKept() {
        LedgerException e = new LedgerException(LedgerException.Reason.WRONG_SOLVE_INDEX, "index 3, expected 2");

        assertEquals(LedgerException.Reason.WRONG_SOLVE_INDEX, e.reason());
        assertEquals("index 3, expected 2", e.getMessage());
    }

    @Test
    void theConstructorsWithoutAReasonSayUnspecified() {
        IllegalStateException cause = new IllegalStateException("disk");
        LedgerException e = new LedgerException("failed", cause);

        assertEquals(LedgerException.Reason.UNSPECIFIED, e.reason());
        assertSame(cause, e.getCause());
        assertEquals(LedgerException.Reason.UNSPECIFIED, new LedgerException("failed").reason());
    }
}
