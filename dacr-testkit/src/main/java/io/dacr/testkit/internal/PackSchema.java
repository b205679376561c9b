package io.dacr.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The domain-pack JSON Schema ({@value #RESOURCE}), loaded once. Not API.
 */
public final class PackSchema {

    /** The schema's class-path resource; docs/domain-pack-format.md describes the format it checks. */
    public static final String RESOURCE = "/io/dacr/testkit/domain-pack.schema.json";

    private static final JsonSchema SCHEMA = load();

    private PackSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = PackSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the domain-pack schema " + RESOURCE + " is missing from the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the domain-pack schema " + RESOURCE, e);
        }
    }

    /**
     * @param pack a parsed pack
     * @return what the schema rejects, one line each with its JSON path, sorted; empty if the pack is valid
     */
    public static List<String> problems(JsonNode pack) {
        return SCHEMA.validate(pack).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
