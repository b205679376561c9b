package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LlmExceptionTest {

    private static final Set<LlmException.Kind> NOT_RETRIABLE =
            EnumSet.of(LlmException.Kind.AUTHENTICATION, LlmException.Kind.INVALID_REQUEST);

    @Test
    void authenticationFailuresAreNotRetriable() {
        assertFalse(LlmException.Kind.AUTHENTICATION.retriable());
    }

    @Test
    void invalidRequestsAreNotRetriable() {
        assertFalse(LlmException.Kind.INVALID_REQUEST.retriable());
    }

    @ParameterizedTest
    @EnumSource(value = LlmException.Kind.class, names = {"RATE_LIMITED", "SERVER_ERROR", "TIMEOUT", "TRANSPORT",
        "MALFORMED_RESPONSE"})
    void transientFailuresAreRetriable(LlmException.Kind kind) {
        assertTrue(kind.retriable());
    }

    @ParameterizedTest
    @EnumSource(LlmException.Kind.class)
    void anExceptionIsRetriableExactlyWhenItsKindIs(LlmException.Kind kind) {
        LlmException e = new LlmException(kind, 0, "failed", null);

        assertEquals(!NOT_RETRIABLE.contains(kind), e.retriable());
    }

    @Test
    void anExceptionKeepsItsKindStatusMessageAndCause() {
        IOException cause = new IOException("connection reset");
        LlmException e = new LlmException(LlmException.Kind.RATE_LIMITED, 429, "too many requests", cause);

        assertEquals(LlmException.Kind.RATE_LIMITED, e.kind());
        assertEquals(429, e.httpStatus());
        assertEquals("too many requests", e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void anLlmExceptionIsADacrException() {
        assertInstanceOf(DacrException.class, new LlmException(LlmException.Kind.TIMEOUT, 0, "timed out", null));
    }

    @Test
    void aKindIsRequired() {
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> new LlmException(null, 0, "no kind", null));
    }
}
