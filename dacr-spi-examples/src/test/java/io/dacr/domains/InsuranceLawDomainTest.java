package io.dacr.domains;

import io.dacr.api.spi.DomainProvider;
import io.dacr.testkit.AbstractDomainProviderTck;

/** The shipped insurance-law domain passes the domain-provider TCK. */
class InsuranceLawDomainTest extends AbstractDomainProviderTck {

    @Override
    protected DomainProvider provider() {
        return new InsuranceLawDomain();
    }
}
