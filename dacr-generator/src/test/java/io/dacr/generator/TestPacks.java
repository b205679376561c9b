package io.dacr.generator;

import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.spi.DomainProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The corporate-finance pack as a test resource, and requests against it. */
final class TestPacks {

    static final Secret SECRET = Secret.ofUtf8("dacr-generator-test-secret-0123456789");
    static final String DOMAIN = "corporate-finance";

    private static DacrGenerator generator;

    private TestPacks() {
    }

    static String corporateFinanceJson() {
        try (InputStream in = TestPacks.class.getResourceAsStream("/packs/corporate-finance.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DomainProvider provider(String id, String json) {
        return new DomainProvider() {
            @Override
            public String packJson() {
                return json;
            }

            @Override
            public String packSource() {
                return "test:" + id;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test pack " + id;
            }
        };
    }

    static synchronized DacrGenerator generator() {
        if (generator == null) {
            generator = DacrGenerator.builder().domain(provider(DOMAIN, corporateFinanceJson())).build();
        }
        return generator;
    }

    static GenerationRequest request(String preset, long index) {
        return new GenerationRequest(DOMAIN, GenerationSpec.preset(preset), "test", index, SECRET);
    }
}
