/**
 * The DACR test kit for plug-in authors and for tests of DACR itself.
 *
 * <ul>
 *   <li>{@link io.dacr.testkit.DacrArbitraries}: jqwik arbitraries for seeds, secrets, generation
 *       specs, challenge ids, challenges, and valid and {@linkplain io.dacr.testkit.MalformedSubmission
 *       malformed} submissions.</li>
 *   <li>Compatibility kits, one per SPI, to extend in a provider's tests:
 *       {@link io.dacr.testkit.AbstractDomainProviderTck}, {@link io.dacr.testkit.AbstractLlmProviderTck},
 *       {@link io.dacr.testkit.AbstractChainProviderTck}.</li>
 * </ul>
 *
 * <pre>{@code
 * class MarineInsuranceDomainTest extends AbstractDomainProviderTck {
 *     @Override
 *     protected DomainProvider provider() {
 *         return new MarineInsuranceDomain();
 *     }
 * }
 * }</pre>
 */
package io.dacr.testkit;
