package io.dacr.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.PluginException;
import io.dacr.api.spi.ChainProvider;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Choosing providers from a registry, and what it lists. */
class PluginRegistrySelectionTest {

    private static final TestProviders.Alpha ALPHA = new TestProviders.Alpha();
    private static final TestProviders.Beta BETA = new TestProviders.Beta();
    private static final TestProviders.Echo ECHO = new TestProviders.Echo();
    private static final TestProviders.Parrot PARROT = new TestProviders.Parrot();
    private static final TestProviders.Offline OFFLINE = new TestProviders.Offline();

    private static PluginRegistry registry(List<DomainProvider> domains, List<LlmProvider> llms,
                                           List<ChainProvider> chains) {
        return PluginRegistry.of(domains, llms, chains);
    }

    @Test
    void selectsADomainProviderById() {
        PluginRegistry registry = registry(List.of(ALPHA, BETA), List.of(), List.of());

        assertSame(BETA, registry.domain("beta"));
    }

    @Test
    void selectsAnLlmAndAChainProviderById() {
        PluginRegistry registry = registry(List.of(), List.of(ECHO, PARROT), List.of(OFFLINE));

        assertSame(PARROT, registry.llm("parrot"));
        assertSame(OFFLINE, registry.chain("offline"));
    }

    @Test
    void unknownIdFailsAsUnknownIdListingTheIdsFound() {
        PluginRegistry registry = registry(List.of(BETA, ALPHA), List.of(), List.of());

        PluginException e = assertThrows(PluginException.class, () -> registry.domain("marine-insurance"));

        assertEquals(PluginException.Kind.UNKNOWN_ID, e.kind());
        assertEquals("DomainProvider", e.spi());
        assertEquals(List.of("alpha", "beta"), e.found());
        assertEquals("unknown domain plug-in 'marine-insurance'; found: alpha, beta", e.getMessage());
    }

    @Test
    void unknownIdAmongNoProvidersSaysNoneWasFound() {
        PluginRegistry registry = registry(List.of(), List.of(), List.of());

        PluginException e = assertThrows(PluginException.class, () -> registry.llm("openai"));

        assertEquals(PluginException.Kind.UNKNOWN_ID, e.kind());
        assertEquals("unknown llm plug-in 'openai'; found: none", e.getMessage());
    }

    @Test
    void anIdIsLookedUpOnlyAmongProvidersOfTheRequestedSpi() {
        PluginRegistry registry = registry(List.of(ALPHA), List.of(ECHO), List.of());

        PluginException e = assertThrows(PluginException.class, () -> registry.chain("echo"));

        assertEquals(PluginException.Kind.UNKNOWN_ID, e.kind());
        assertEquals("ChainProvider", e.spi());
    }

    @Test
    void onlyReturnsTheSingleProviderOfAType() {
        PluginRegistry registry = registry(List.of(ALPHA), List.of(ECHO, PARROT), List.of());

        assertSame(ALPHA, registry.only(PluginType.DOMAIN));
    }

    @Test
    void onlyWithNoProviderOfTheTypeFailsAsAmbiguousOrMissing() {
        PluginRegistry registry = registry(List.of(ALPHA), List.of(), List.of());

        PluginException e = assertThrows(PluginException.class, () -> registry.only(PluginType.CHAIN));

        assertEquals(PluginException.Kind.AMBIGUOUS_OR_MISSING, e.kind());
        assertEquals(List.of(), e.found());
        assertEquals("no ChainProvider found on the class path", e.getMessage());
    }

    @Test
    void onlyWithTwoProvidersOfTheTypeFailsAsAmbiguousOrMissingListingBoth() {
        PluginRegistry registry = registry(List.of(), List.of(PARROT, ECHO), List.of());

        PluginException e = assertThrows(PluginException.class, () -> registry.only(PluginType.LLM));

        assertEquals(PluginException.Kind.AMBIGUOUS_OR_MISSING, e.kind());
        assertEquals(List.of("echo", "parrot"), e.found());
        assertTrue(e.getMessage().contains("(echo, parrot): choose one by id"), e.getMessage());
    }

    @Test
    void pluginsAreListedByTypeThenId() {
        PluginRegistry registry = registry(List.of(BETA, ALPHA), List.of(PARROT, ECHO), List.of(OFFLINE));

        assertEquals(List.of("domain:alpha", "domain:beta", "llm:echo", "llm:parrot", "chain:offline"),
                registry.plugins().stream().map(p -> p.type().wireName() + ":" + p.id()).toList());
    }

    @Test
    void providerListsOfEachTypeAreSortedById() {
        PluginRegistry registry = registry(List.of(BETA, ALPHA), List.of(PARROT, ECHO), List.of());

        assertEquals(List.of(ALPHA, BETA), registry.domains());
        assertEquals(List.of(ECHO, PARROT), registry.llms());
        assertEquals(List.of(), registry.chains());
    }

    @Test
    void aProviderWhoseDescriptionThrowsIsListedWithANoteInsteadOfFailing() {
        PluginRegistry registry = registry(List.of(new TestProviders.DescriptionThrows()), List.of(), List.of());

        PluginDescriptor descriptor = registry.plugins().get(0);

        assertEquals("mute", descriptor.id());
        assertTrue(descriptor.description().startsWith("(description unavailable: "), descriptor.description());
    }

    @Test
    void ofRejectsDuplicateIdsLikeDiscovery() {
        PluginException e = assertThrows(PluginException.class,
                () -> registry(List.of(ALPHA, new TestProviders.AlphaImpostor()), List.of(), List.of()));

        assertEquals(PluginException.Kind.DUPLICATE_ID, e.kind());
    }

    @Test
    void ofRejectsInvalidIdsLikeDiscovery() {
        PluginException e = assertThrows(PluginException.class,
                () -> registry(List.of(new TestProviders.Named("-leading-dash")), List.of(), List.of()));

        assertEquals(PluginException.Kind.INVALID_ID, e.kind());
    }

    @Test
    void theSameIdMayBeUsedByProvidersOfDifferentSpis() {
        PluginRegistry registry = registry(List.of(new TestProviders.Named("echo")), List.of(ECHO), List.of());

        assertEquals(2, registry.plugins().size());
    }

    @Property
    void domainProvidersAreListedInIdOrderWhateverOrderTheyAreGivenIn(
            @ForAll @Size(max = 8) @UniqueElements List<@StringLength(min = 1, max = 6) @Chars({'a', 'b', 'c', 'z'}) String> ids) {
        List<DomainProvider> providers = new ArrayList<>();
        ids.forEach(id -> providers.add(new TestProviders.Named(id)));

        PluginRegistry registry = registry(providers, List.of(), List.of());

        List<String> sorted = ids.stream().sorted(Comparator.naturalOrder()).toList();
        assertEquals(sorted, registry.plugins().stream().map(PluginDescriptor::id).toList());
        assertEquals(Set.copyOf(ids).size(), registry.domains().size());
    }
}
