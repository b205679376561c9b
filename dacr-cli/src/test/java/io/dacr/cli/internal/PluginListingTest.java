package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.core.plugin.PluginDescriptor;
import io.dacr.core.plugin.PluginType;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PluginListingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property
    void jsonCarriesAnyDescriptionAndClassNameUnchanged(@ForAll String description, @ForAll String className)
            throws Exception {
        PluginDescriptor plugin = new PluginDescriptor(PluginType.LLM, "openai", description, className);

        JsonNode listed = JSON.readTree(PluginListing.json(List.of(plugin))).get(0);

        assertEquals(description, listed.get("description").asText());
        assertEquals(className, listed.get("class").asText());
    }

    @Property
    void tableHasOneLinePerPluginPlusTheHeaderWhateverTheDescription(@ForAll String description) {
        PluginDescriptor plugin = new PluginDescriptor(PluginType.DOMAIN, "corporate-finance", description, "x.Y");

        String table = PluginListing.table(List.of(plugin, plugin));

        assertEquals(3, table.split("\n", -1).length - 1, table);
    }
}
