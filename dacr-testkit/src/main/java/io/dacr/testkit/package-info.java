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
 *   <li>{@link io.dacr.testkit.ChatCompletionsServer}: a real chat-completions HTTP server in process
 *       whose "model" the test supplies (oracle answers, wrong-then-right, garbage, HTTP errors), to run
 *       the miner harness and the commands built on it end to end without a model.</li>
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
