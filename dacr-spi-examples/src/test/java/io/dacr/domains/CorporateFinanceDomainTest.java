package io.dacr.domains;

import io.dacr.api.spi.DomainProvider;
import io.dacr.testkit.AbstractDomainProviderTck;

/** The shipped corporate-finance domain passes the domain-provider TCK. */
class CorporateFinanceDomainTest extends AbstractDomainProviderTck {

    @Override
    protected DomainProvider provider() {
        return new CorporateFinanceDomain();
    }
}
