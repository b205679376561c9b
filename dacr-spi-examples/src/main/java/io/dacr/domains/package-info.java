/**
 * The shipped domain packs, each a {@link io.dacr.api.spi.DomainProvider} registered in
 * {@code META-INF/services/io.dacr.api.spi.DomainProvider} and backed by a JSON pack in this
 * package's resources (format: docs/domain-pack-format.md):
 * <ul>
 *   <li>{@link io.dacr.domains.CorporateFinanceDomain} ({@code corporate-finance}): companies, their
 *       annual and quarterly revenue, leaders, auditors and ownership;</li>
 *   <li>{@link io.dacr.domains.InsuranceLawDomain} ({@code insurance-law}): carriers, policies,
 *       claims, courts and rulings;</li>
 *   <li>{@link io.dacr.domains.QuantumComputingDomain} ({@code quantum-computing}): error-correcting
 *       codes, laboratories and hardware platforms.</li>
 * </ul>
 *
 * <pre>{@code
 * for (DomainProvider domain : PluginRegistry.discover().domains()) {
 *     System.out.println(domain.id() + ": " + domain.description());
 * }
 * }</pre>
 *
 * <p>Every name of a company, carrier, court, code, laboratory, person or place in these packs is
 * invented, so a solver must read the document rather than recall facts learnt elsewhere.
 */
package io.dacr.domains;
