package io.dacr.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dacr.api.internal.Checks;
import io.dacr.api.spi.Provider;
import java.util.List;
import java.util.function.Supplier;

/** Checks every provider passes, whatever its SPI. Not API. */
public final class ProviderChecks {

    private ProviderChecks() {
    }

    /** Fails unless the provider's id is a lower-case identifier. */
    public static void idIsAnIdentifier(Provider provider) {
        String id = provider.id();
        assertTrue(Checks.isIdentifier(id), () -> provider.getClass().getName() + ".id() must be a lower-case identifier"
                + " like 'corporate-finance' (letters, digits, '-' or '_', starting with a letter), was '" + id + "'");
    }

    /** Fails unless repeated calls, and a second instance, give the same id. */
    public static void idIsStable(Supplier<? extends Provider> providers) {
        Provider provider = providers.get();
        String first = provider.id();
        assertEquals(first, provider.id(), "id() must return the same id on every call");
        assertEquals(first, providers.get().id(), "every instance of the provider must have the same id");
    }

    /** Fails unless the description is one non-blank line. */
    public static void descriptionIsOneLine(Provider provider) {
        String description = provider.description();
        assertNotNull(description, "description() must not return null");
        assertFalse(description.isBlank(), "description() must not be blank");
        assertTrue(description.lines().count() == 1, () -> "description() must be one line, was: " + description);
        assertEquals(description.strip(), description, "description() must not start or end with whitespace");
    }

    /** Fails listing {@code problems} if there are any. */
    public static void noProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
        }
    }
}
