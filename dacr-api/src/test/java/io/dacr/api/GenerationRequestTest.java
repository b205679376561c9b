package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GenerationRequestTest {

    @Test
    void aRequestKeepsItsParts() {
        GenerationRequest request = new GenerationRequest("corporate-finance", Samples.SPEC, "epoch-7", 42, Samples.SECRET);

        assertEquals(Samples.SECRET, request.secret());
        assertEquals(42, request.index());
    }

    @Test
    void aMissingSecretIsAConfigurationErrorNotADefault() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new GenerationRequest("corporate-finance", Samples.SPEC, "epoch-7", 42, null));
        assertTrue(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void aDomainThatIsNotAnIdentifierIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GenerationRequest("Corporate Finance", Samples.SPEC, "epoch-7", 42, Samples.SECRET));
        assertTrue(e.getMessage().contains("domainId"), e.getMessage());
    }

    @Test
    void aNegativeIndexIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GenerationRequest("corporate-finance", Samples.SPEC, "epoch-7", -1, Samples.SECRET));
        assertTrue(e.getMessage().contains("index"), e.getMessage());
    }

    @Test
    void theSecretDoesNotAppearInTheRequestsText() {
        GenerationRequest request = new GenerationRequest("corporate-finance", Samples.SPEC, "epoch-7", 42, Samples.SECRET);

        assertFalse(request.toString().contains("do-not-use"), request.toString());
    }
}
