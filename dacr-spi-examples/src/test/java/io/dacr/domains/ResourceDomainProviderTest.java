package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.DomainPackException;
import org.junit.jupiter.api.Test;

/** A resource-backed provider reads its pack strictly and names the resource when it cannot. */
class ResourceDomainProviderTest {

    private static ResourceDomainProvider reading(String resource) {
        return new ResourceDomainProvider("test-domain", "A test domain", resource) {
        };
    }

    @Test
    void aMissingResourceFailsNamingTheResource() {
        DomainPackException e = assertThrows(DomainPackException.class,
                () -> reading("/io/dacr/domains/no-such-pack.json").packJson());

        assertEquals("classpath:/io/dacr/domains/no-such-pack.json", e.source());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aResourceThatIsNotUtf8FailsInsteadOfBeingRepaired() {
        DomainPackException e = assertThrows(DomainPackException.class,
                () -> reading("/io/dacr/domains/latin1-pack.json").packJson());

        assertEquals("classpath:/io/dacr/domains/latin1-pack.json", e.source());
    }

    @Test
    void nonAsciiTextIsDecodedAsUtf8() {
        assertEquals("{\"name\": \"Zoë Søndergaard\"}\n", reading("/io/dacr/domains/utf8-pack.json").packJson());
    }
}
