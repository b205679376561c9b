package io.dacr.domains;

import io.dacr.api.spi.DomainProvider;
import io.dacr.testkit.AbstractDomainProviderTck;

/** The shipped quantum-computing domain passes the domain-provider TCK. */
class QuantumComputingDomainTest extends AbstractDomainProviderTck {

    @Override
    protected DomainProvider provider() {
        return new QuantumComputingDomain();
    }
}
