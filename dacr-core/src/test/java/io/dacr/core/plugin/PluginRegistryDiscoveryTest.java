package io.dacr.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.PluginException;
import io.dacr.api.spi.ChainProvider;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmProvider;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery through a real {@link java.util.ServiceLoader} over service files the tests write. */
class PluginRegistryDiscoveryTest {

    @TempDir
    Path folder;

    private static String name(Class<?> provider) {
        return provider.getName();
    }

    private PluginException discoveryFailure(TestClassPath.Builder classPath) {
        ClassLoader loader = classPath.build();
        return assertThrows(PluginException.class, () -> PluginRegistry.discover(loader));
    }

    private static void assertMentions(String message, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "expected '" + fragment + "' in: " + message);
        }
    }

    @Test
    void findsEveryProviderListedInTheServiceFilesOfEachSpi() {
        ClassLoader loader = TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.Beta.class), name(TestProviders.Alpha.class))
                .serviceFile(LlmProvider.class, name(TestProviders.Echo.class))
                .serviceFile(ChainProvider.class, name(TestProviders.Offline.class))
                .build();

        PluginRegistry registry = PluginRegistry.discover(loader);

        assertEquals(List.of(
                new PluginDescriptor(PluginType.DOMAIN, "alpha", "the alpha test domain", name(TestProviders.Alpha.class)),
                new PluginDescriptor(PluginType.DOMAIN, "beta", "the beta test domain", name(TestProviders.Beta.class)),
                new PluginDescriptor(PluginType.LLM, "echo", "repeats the prompt", name(TestProviders.Echo.class)),
                new PluginDescriptor(PluginType.CHAIN, "offline", "no node to talk to", name(TestProviders.Offline.class))),
                registry.plugins());
    }

    @Test
    void findsNothingWhereNoServiceFileListsAProvider() {
        PluginRegistry registry = PluginRegistry.discover(TestClassPath.in(folder).build());

        assertEquals(List.of(), registry.plugins());
    }

    @Test
    void readsProvidersFromSeveralServiceFilesOfOneSpi() {
        ClassLoader loader = TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.Alpha.class))
                .serviceFile(DomainProvider.class, name(TestProviders.Beta.class))
                .build();

        assertEquals(List.of("alpha", "beta"),
                PluginRegistry.discover(loader).domains().stream().map(DomainProvider::id).toList());
    }

    @Test
    void ignoresCommentsAndBlankLinesInServiceFiles() {
        ClassLoader loader = TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, "# the alpha domain", "", "  " + name(TestProviders.Alpha.class)
                        + "  # trailing comment", "")
                .build();

        assertEquals(List.of("alpha"), PluginRegistry.discover(loader).domains().stream().map(DomainProvider::id).toList());
    }

    @Test
    void oneClassListedInTwoServiceFilesIsOneProviderNotADuplicate() {
        ClassLoader loader = TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.Alpha.class))
                .serviceFile(DomainProvider.class, name(TestProviders.Alpha.class))
                .build();

        assertEquals(1, PluginRegistry.discover(loader).domains().size());
    }

    @Test
    void duplicateIdFailsNamingTheIdAndBothClasses() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.Alpha.class))
                .serviceFile(DomainProvider.class, name(TestProviders.AlphaImpostor.class)));

        assertEquals(PluginException.Kind.DUPLICATE_ID, e.kind());
        assertEquals("DomainProvider", e.spi());
        assertMentions(e.getMessage(), "'alpha'", name(TestProviders.Alpha.class), name(TestProviders.AlphaImpostor.class));
    }

    @Test
    void listedClassThatDoesNotExistIsALoadFailureNamingTheClass() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, "com.example.finance.MissingDomain"));

        assertEquals(PluginException.Kind.LOAD_FAILURE, e.kind());
        assertMentions(e.getMessage(), "DomainProvider", "com.example.finance.MissingDomain");
    }

    @Test
    void classWithoutPublicNoArgumentConstructorIsALoadFailureNamingTheClass() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.NoNoArgConstructor.class)));

        assertEquals(PluginException.Kind.LOAD_FAILURE, e.kind());
        assertMentions(e.getMessage(), name(TestProviders.NoNoArgConstructor.class));
    }

    @Test
    void constructorThatThrowsIsALoadFailureNamingTheClassAndKeepingTheCause() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.ConstructorThrows.class)));

        assertEquals(PluginException.Kind.LOAD_FAILURE, e.kind());
        assertMentions(e.getMessage(), name(TestProviders.ConstructorThrows.class), "cannot start: pack resource missing");
        assertTrue(causes(e).stream().anyMatch(c -> c instanceof IllegalStateException
                && "cannot start: pack resource missing".equals(c.getMessage())), "the constructor's exception is kept");
    }

    @Test
    void idThatThrowsIsALoadFailureNamingTheClass() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.IdThrows.class)));

        assertEquals(PluginException.Kind.LOAD_FAILURE, e.kind());
        assertMentions(e.getMessage(), name(TestProviders.IdThrows.class), "id unavailable");
    }

    @Test
    void listedClassThatIsNoProviderOfTheSpiIsALoadFailureNamingTheClass() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.NotAProvider.class)));

        assertEquals(PluginException.Kind.LOAD_FAILURE, e.kind());
        assertMentions(e.getMessage(), name(TestProviders.NotAProvider.class));
    }

    @Test
    void classWhoseDependencyIsMissingIsALoadFailureNamingTheClassAndTheMissingClass() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.NeedsMissingLibrary.class))
                .withoutDependency(TestProviders.NeedsMissingLibrary.class, TestProviders.MissingLibraryBase.class));

        assertEquals(PluginException.Kind.LOAD_FAILURE, e.kind());
        assertMentions(e.getMessage(), name(TestProviders.NeedsMissingLibrary.class),
                TestProviders.MissingLibraryBase.class.getName().replace('.', '/'));
    }

    @Test
    void providersListedAfterOneWithAMissingDependencyAreStillLoadedAndChecked() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.NeedsMissingLibrary.class),
                        name(TestProviders.IdThrows.class), name(TestProviders.Beta.class))
                .withoutDependency(TestProviders.NeedsMissingLibrary.class, TestProviders.MissingLibraryBase.class));

        assertMentions(e.getMessage(), name(TestProviders.NeedsMissingLibrary.class), name(TestProviders.IdThrows.class));
        assertEquals(List.of("domain:beta"), e.found());
    }

    @Test
    void invalidIdFailsAsInvalidIdNamingTheClassAndTheId() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.UpperCaseId.class)));

        assertEquals(PluginException.Kind.INVALID_ID, e.kind());
        assertMentions(e.getMessage(), name(TestProviders.UpperCaseId.class), "'Corporate Finance'");
    }

    @Test
    void nullIdFailsAsInvalidId() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, name(TestProviders.NullId.class)));

        assertEquals(PluginException.Kind.INVALID_ID, e.kind());
        assertMentions(e.getMessage(), name(TestProviders.NullId.class));
    }

    @Test
    void everyProblemOfOneDiscoveryIsReportedInOneException() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, "com.example.MissingDomain", name(TestProviders.ConstructorThrows.class),
                        name(TestProviders.Alpha.class), name(TestProviders.AlphaImpostor.class),
                        name(TestProviders.UpperCaseId.class), name(TestProviders.Beta.class))
                .serviceFile(LlmProvider.class, "com.example.MissingLlm", name(TestProviders.Echo.class)));

        assertMentions(e.getMessage(), "com.example.MissingDomain", name(TestProviders.ConstructorThrows.class),
                name(TestProviders.AlphaImpostor.class), name(TestProviders.UpperCaseId.class), "com.example.MissingLlm");
        assertEquals("DomainProvider,LlmProvider", e.spi());
    }

    @Test
    void aFailedDiscoveryListsTheProvidersThatDidLoad() {
        PluginException e = discoveryFailure(TestClassPath.in(folder)
                .serviceFile(DomainProvider.class, "com.example.MissingDomain", name(TestProviders.Beta.class))
                .serviceFile(LlmProvider.class, name(TestProviders.Echo.class)));

        assertEquals(List.of("domain:beta", "llm:echo"), e.found());
        assertMentions(e.getMessage(), "found: domain:beta, llm:echo");
    }

    @Test
    void discoverWithoutALoaderUsesTheThreadsContextClassLoader() {
        ClassLoader loader = TestClassPath.in(folder).serviceFile(DomainProvider.class, name(TestProviders.Alpha.class)).build();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            assertEquals(List.of("alpha"), PluginRegistry.discover().domains().stream().map(DomainProvider::id).toList());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(t));
        while (!todo.isEmpty()) {
            Throwable next = todo.pop();
            if (all.contains(next)) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                todo.push(next.getCause());
            }
            for (Throwable s : next.getSuppressed()) {
                todo.push(s);
            }
        }
        return all;
    }
}
