package io.dacr.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.DomainPackException;
import io.dacr.api.spi.DomainProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A test-only domain provider serving the small {@code orchards} pack from the test resources,
 * optionally changed by a mutation so that a TCK test can be shown a broken pack. Never registered
 * as a service.
 */
class OrchardsDomain implements DomainProvider {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String id;
    private final Consumer<ObjectNode> mutation;

    /** The intact pack, under its own id. */
    OrchardsDomain() {
        this("orchards", pack -> { });
    }

    /**
     * @param id the provider's id
     * @param mutation what to change in the pack before serving it
     */
    OrchardsDomain(String id, Consumer<ObjectNode> mutation) {
        this.id = id;
        this.mutation = mutation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "Orchards, a test-only domain";
    }

    @Override
    public String packJson() {
        try (InputStream in = OrchardsDomain.class.getResourceAsStream("/io/dacr/testkit/orchards.json")) {
            if (in == null) {
                throw new DomainPackException("orchards.json", "$", "missing from the test resources");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ObjectNode pack = (ObjectNode) MAPPER.readTree(text);
            mutation.accept(pack);
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(pack);
        } catch (JsonProcessingException e) {
            throw new DomainPackException("orchards.json", "$", e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
