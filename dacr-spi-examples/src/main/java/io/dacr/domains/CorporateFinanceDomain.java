package io.dacr.domains;

/**
 * The {@code corporate-finance} domain: invented companies and their audit firms, with annual and
 * quarterly revenue, workforce, sector, headquarters city and country, chief executive,
 * debt-to-equity ratio and auditor; subsidiaries and minority stakes relate companies to each other.
 * Names of companies, people and places are invented, so a solver cannot answer from what it learnt
 * elsewhere.
 *
 * <p>Registered in {@code META-INF/services/io.dacr.api.spi.DomainProvider}; choose it by id:
 * <pre>{@code
 * DomainProvider finance = PluginRegistry.discover().domain("corporate-finance");
 * String pack = finance.packJson();
 * }</pre>
 */
public final class CorporateFinanceDomain extends ResourceDomainProvider {

    /** The domain's id. */
    public static final String ID = "corporate-finance";

    /** Creates the provider; the pack is read when asked for. */
    public CorporateFinanceDomain() {
        super(ID, "Corporate finance: invented companies, their results, leaders, auditors and ownership",
                "/io/dacr/domains/corporate-finance.json");
    }
}
