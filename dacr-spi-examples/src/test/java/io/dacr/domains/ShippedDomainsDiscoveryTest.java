package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.spi.DomainProvider;
import io.dacr.core.plugin.PluginDescriptor;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.plugin.PluginType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The module's service file registers every shipped domain where discovery finds it. */
class ShippedDomainsDiscoveryTest {

    static Stream<DomainProvider> shippedDomains() {
        return Stream.of(new CorporateFinanceDomain(), new InsuranceLawDomain(), new QuantumComputingDomain());
    }

    @Test
    void discoveryFindsExactlyTheThreeShippedDomains() {
        List<String> ids = PluginRegistry.discover().plugins().stream()
                .filter(p -> p.type() == PluginType.DOMAIN)
                .map(PluginDescriptor::id)
                .toList();

        assertEquals(List.of("corporate-finance", "insurance-law", "quantum-computing"), ids);
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void discoveryFindsEachShippedDomainById(DomainProvider shipped) {
        assertInstanceOf(shipped.getClass(), PluginRegistry.discover().domain(shipped.id()));
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void eachShippedDomainIsListedAsADomainPlugin(DomainProvider shipped) {
        PluginDescriptor expected = new PluginDescriptor(PluginType.DOMAIN, shipped.id(), shipped.description(),
                shipped.getClass().getName());

        List<PluginDescriptor> found = PluginRegistry.discover().plugins();
        assertTrue(found.contains(expected), () -> "found: " + found);
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void eachPackIsReadFromTheModulesResourcesAndNamesItsOwnId(DomainProvider shipped) {
        String pack = shipped.packJson();

        assertTrue(pack.startsWith("{"), "a JSON object");
        assertTrue(pack.contains("\"id\": \"" + shipped.id() + "\""), "the pack names its own id");
        assertEquals("classpath:/io/dacr/domains/" + shipped.id() + ".json", shipped.packSource());
    }
}
