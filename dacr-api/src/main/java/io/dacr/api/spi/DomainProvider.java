package io.dacr.api.spi;

/**
 * Provides a domain pack: the declarative description of a field (entity kinds, attributes,
 * vocabularies, relations, prose lexicon) from which challenges are generated. The pack is JSON in
 * the documented domain-pack format; the generator validates it on load.
 *
 * <pre>{@code
 * public final class MarineInsuranceDomain implements DomainProvider {
 *     public String id() { return "marine-insurance"; }
 *     public String description() { return "Marine insurance: hulls, cargo, general average"; }
 *     public String packJson() { return Resources.read("/marine-insurance.json"); }
 * }
 * }</pre>
 */
public interface DomainProvider extends Provider {

    /**
     * @return the domain pack as JSON text; its {@code id} equals {@link #id()}
     * @throws io.dacr.api.DomainPackException if the pack cannot be read
     */
    String packJson();

    /** @return where the pack comes from, for error messages (a resource or file name) */
    default String packSource() {
        return getClass().getName() + ":" + id();
    }
}
