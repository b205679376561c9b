package io.dacr.testkit;

import io.dacr.api.spi.Provider;
import io.dacr.testkit.internal.ProviderChecks;
import org.junit.jupiter.api.Test;

/**
 * What every provider TCK checks, whatever its SPI: the promises of {@link Provider}. The SPI-specific
 * kits ({@link AbstractDomainProviderTck}, {@link AbstractLlmProviderTck},
 * {@link AbstractChainProviderTck}) extend it; plug-in authors extend those.
 *
 * @param <P> the SPI interface
 */
public abstract class AbstractProviderTck<P extends Provider> {

    /** Creates the kit. */
    protected AbstractProviderTck() {
    }

    /** @return a fresh instance of the provider under test, as ServiceLoader would create it */
    protected abstract P provider();

    /** The id is a lower-case identifier, safe in challenge ids, file names and URLs. */
    @Test
    public void idIsALowerCaseIdentifier() {
        ProviderChecks.idIsAnIdentifier(provider());
    }

    /** The id never changes: configurations (and, for domains, challenge ids) name the provider by it. */
    @Test
    public void idIsStable() {
        ProviderChecks.idIsStable(this::provider);
    }

    /** The description is one non-blank line, for listings. */
    @Test
    public void descriptionIsOneNonBlankLine() {
        ProviderChecks.descriptionIsOneLine(provider());
    }
}
