package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.core.plugin.PluginDescriptor;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.plugin.PluginType;
import org.junit.jupiter.api.Test;

/** The module's service file registers the corporate-finance domain where discovery finds it. */
class CorporateFinanceDiscoveryTest {

    @Test
    void discoveryFindsTheCorporateFinanceDomainById() {
        assertInstanceOf(CorporateFinanceDomain.class, PluginRegistry.discover().domain("corporate-finance"));
    }

    @Test
    void theCorporateFinanceDomainIsListedAsADomainPlugin() {
        PluginDescriptor expected = new PluginDescriptor(PluginType.DOMAIN, "corporate-finance",
                new CorporateFinanceDomain().description(), CorporateFinanceDomain.class.getName());

        assertTrue(PluginRegistry.discover().plugins().contains(expected), () -> "found: " + PluginRegistry.discover().plugins());
    }

    @Test
    void thePackIsReadAsUtf8FromTheModulesResources() {
        String pack = new CorporateFinanceDomain().packJson();

        assertTrue(pack.startsWith("{"), "a JSON object");
        assertEquals(CorporateFinanceDomain.ID, new CorporateFinanceDomain().id());
        assertTrue(pack.contains("\"id\": \"corporate-finance\""), "the pack names its own id");
    }
}
