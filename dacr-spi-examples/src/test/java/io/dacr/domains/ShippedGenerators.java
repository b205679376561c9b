package io.dacr.domains;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.generator.DacrGenerator;
import java.util.List;

/** The generator over the three shipped packs, and the fixed inputs the cross-module tests use. */
final class ShippedGenerators {

    /** Fixed test secret: the fingerprints are pinned under it. Never a deployment secret. */
    static final Secret SECRET = Secret.ofUtf8("dacr-golden-fingerprint-secret-v1");

    static final List<String> DOMAINS = List.of("corporate-finance", "insurance-law", "quantum-computing");

    static final DacrGenerator GENERATOR = DacrGenerator.builder()
            .domains(List.of(new CorporateFinanceDomain(), new InsuranceLawDomain(), new QuantumComputingDomain()))
            .build();

    private ShippedGenerators() {
    }

    static GeneratedChallenge generate(String domain, String preset, long index) {
        return GENERATOR.generate(new GenerationRequest(domain, GenerationSpec.preset(preset), "golden", index, SECRET));
    }
}
