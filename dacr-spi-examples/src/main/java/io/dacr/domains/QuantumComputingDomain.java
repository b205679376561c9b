package io.dacr.domains;

/**
 * The {@code quantum-computing} domain: invented quantum error-correcting codes, the laboratories
 * that develop them and the hardware platforms they are benchmarked on. Codes carry a family, code
 * distance, physical and logical qubit counts, an error threshold, a logical error rate and the noise
 * model they were studied under; laboratories carry a lead researcher, a city and country, staff and
 * budget; platforms carry a qubit modality, qubit count, gate fidelity and coherence time. Rates and
 * fidelities are decimal percentages written as strings, never binary floating point. Names of codes,
 * laboratories, platforms, people and places are invented, so a solver cannot answer from what it
 * learnt elsewhere.
 *
 * <p>Registered in {@code META-INF/services/io.dacr.api.spi.DomainProvider}; choose it by id:
 * <pre>{@code
 * DomainProvider quantum = PluginRegistry.discover().domain("quantum-computing");
 * String pack = quantum.packJson();
 * }</pre>
 */
public final class QuantumComputingDomain extends ResourceDomainProvider {

    /** The domain's id. */
    public static final String ID = "quantum-computing";

    /** Creates the provider; the pack is read when asked for. */
    public QuantumComputingDomain() {
        super(ID, "Quantum computing: invented error-correcting codes, laboratories and hardware platforms",
                "/io/dacr/domains/quantum-computing.json");
    }
}
