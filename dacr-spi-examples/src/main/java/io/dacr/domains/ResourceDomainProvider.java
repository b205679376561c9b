package io.dacr.domains;

import io.dacr.api.DomainPackException;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.DomainProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A domain provider whose pack is a UTF-8 JSON resource of this module. The shipped domains differ
 * only in id, description and resource, so each is a thin subclass that names those three.
 */
abstract class ResourceDomainProvider implements DomainProvider {

    private final String id;
    private final String description;
    private final String resource;

    /**
     * @param id the domain's id, equal to the pack's {@code id}
     * @param description one line for listings
     * @param resource the absolute class-path name of the pack, such as {@code /io/dacr/domains/x.json}
     */
    ResourceDomainProvider(String id, String description, String resource) {
        this.id = Checks.notNull(id, "id");
        this.description = Checks.notNull(description, "description");
        this.resource = Checks.notNull(resource, "resource");
    }

    /** @return the domain's id */
    @Override
    public final String id() {
        return id;
    }

    /** @return one line describing the domain */
    @Override
    public final String description() {
        return description;
    }

    /**
     * Reads the pack on every call: the text is small, and not holding it keeps a provider that is
     * only listed cheap.
     *
     * @return the pack in the domain-pack format, read from the module's resources as UTF-8
     * @throws DomainPackException if the resource is missing, unreadable or not valid UTF-8 (a broken
     *     build)
     */
    @Override
    public final String packJson() {
        try (InputStream in = ResourceDomainProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DomainPackException(packSource(), "$", "the pack resource is missing from the class path");
            }
            // Strict decoding: a mis-encoded pack fails here instead of reaching documents as U+FFFD.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (IOException e) {
            throw new DomainPackException(packSource(), "$", "cannot read the pack resource: " + e.getMessage(), e);
        }
    }

    /** @return the resource the pack is read from, as {@code classpath:/io/dacr/domains/x.json} */
    @Override
    public final String packSource() {
        return "classpath:" + resource;
    }
}
