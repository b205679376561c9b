package io.dacr.domains;

import io.dacr.api.DomainPackException;
import io.dacr.api.spi.DomainProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code corporate-finance} domain: invented companies and their audit firms, with revenue,
 * workforce, sector, headquarters city and country, chief executive, debt-to-equity ratio and
 * auditor; subsidiaries and minority stakes relate companies to each other. Names of companies,
 * people and places are invented, so a solver cannot answer from what it learnt elsewhere.
 *
 * <p>Registered in {@code META-INF/services/io.dacr.api.spi.DomainProvider}; choose it by id:
 * <pre>{@code
 * DomainProvider finance = PluginRegistry.discover().domain("corporate-finance");
 * String pack = finance.packJson();
 * }</pre>
 */
public final class CorporateFinanceDomain implements DomainProvider {

    /** The domain's id. */
    public static final String ID = "corporate-finance";

    private static final String RESOURCE = "/io/dacr/domains/corporate-finance.json";

    /** Creates the provider; the pack is read when asked for. */
    public CorporateFinanceDomain() {
        // ServiceLoader needs a public no-argument constructor; nothing to prepare.
    }

    /** @return {@value #ID} */
    @Override
    public String id() {
        return ID;
    }

    /** @return one line describing the domain */
    @Override
    public String description() {
        return "Corporate finance: invented companies, their results, leaders, auditors and ownership";
    }

    /**
     * @return the pack in the domain-pack format, read from the module's resources as UTF-8
     * @throws DomainPackException if the resource is missing or unreadable (a broken build)
     */
    @Override
    public String packJson() {
        try (InputStream in = CorporateFinanceDomain.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DomainPackException(packSource(), "$", "the pack resource is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DomainPackException(packSource(), "$", "cannot read the pack resource: " + e.getMessage(), e);
        }
    }

    /** @return the resource the pack is read from */
    @Override
    public String packSource() {
        return "classpath:" + RESOURCE;
    }
}
