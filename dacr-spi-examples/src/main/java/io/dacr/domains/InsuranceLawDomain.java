package io.dacr.domains;

/**
 * The {@code insurance-law} domain: invented carriers, the policies they issue, the claims filed
 * under those policies and the courts that hear them. Policies carry deductibles, coverage limits,
 * premiums and coverage triggers; claims carry amounts, causes of loss, filing years and rulings;
 * courts carry a seat, a jurisdiction, a division and a presiding judge; carriers reinsure each
 * other. Names of carriers, insureds, courts, people and places are invented, so a solver cannot
 * answer from what it learnt elsewhere.
 *
 * <p>Registered in {@code META-INF/services/io.dacr.api.spi.DomainProvider}; choose it by id:
 * <pre>{@code
 * DomainProvider insurance = PluginRegistry.discover().domain("insurance-law");
 * String pack = insurance.packJson();
 * }</pre>
 */
public final class InsuranceLawDomain extends ResourceDomainProvider {

    /** The domain's id. */
    public static final String ID = "insurance-law";

    /** Creates the provider; the pack is read when asked for. */
    public InsuranceLawDomain() {
        super(ID, "Insurance law: invented carriers, policies, claims, courts and their rulings",
                "/io/dacr/domains/insurance-law.json");
    }
}
