package io.dacr.core.plugin;

import io.dacr.api.PluginException;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.ChainProvider;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmProvider;
import io.dacr.api.spi.Provider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plug-ins on the class path: every {@link DomainProvider}, {@link LlmProvider} and
 * {@link ChainProvider} listed in a {@code META-INF/services} file, by id.
 *
 * <p>Discovery explains itself instead of silently dropping anything: a provider class that fails to
 * load or to instantiate, or whose {@code id()} throws, is reported with its class name; so are
 * duplicate ids (with every class that claims the id) and ids that are not lower-case identifiers.
 * All problems of one discovery are collected and thrown together as one {@link PluginException}.
 *
 * <pre>{@code
 * PluginRegistry plugins = PluginRegistry.discover();
 * DomainProvider finance = plugins.domain("corporate-finance");
 * }</pre>
 */
public final class PluginRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);

    /** Load failures of one SPI after which discovery stops looking for more. */
    private static final int MAX_LOAD_FAILURES = 1000;

    private final Map<String, DomainProvider> domains;
    private final Map<String, LlmProvider> llms;
    private final Map<String, ChainProvider> chains;

    private PluginRegistry(Map<String, DomainProvider> domains, Map<String, LlmProvider> llms,
                           Map<String, ChainProvider> chains) {
        this.domains = domains;
        this.llms = llms;
        this.chains = chains;
    }

    /**
     * Discovers providers with the thread's context class loader (or this class's loader if there is
     * none).
     *
     * @return the registry
     * @throws PluginException if any provider fails to load, has an invalid id or shares its id
     */
    public static PluginRegistry discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : PluginRegistry.class.getClassLoader());
    }

    /**
     * Discovers providers with the given class loader.
     *
     * @param loader where to look for {@code META-INF/services} files
     * @return the registry
     * @throws PluginException if any provider fails to load, has an invalid id or shares its id
     */
    public static PluginRegistry discover(ClassLoader loader) {
        Checks.notNull(loader, "loader");
        List<Problem> problems = new ArrayList<>();
        List<DomainProvider> domains = load(DomainProvider.class, loader, problems);
        List<LlmProvider> llms = load(LlmProvider.class, loader, problems);
        List<ChainProvider> chains = load(ChainProvider.class, loader, problems);
        return build(domains, llms, chains, problems);
    }

    /**
     * A registry of the given providers, validated as discovery validates them. For embedders that wire
     * plug-ins by hand and for tests.
     *
     * @param domains domain providers
     * @param llms LLM providers
     * @param chains chain providers
     * @return the registry
     * @throws PluginException if an id is invalid, throws, or is shared
     */
    public static PluginRegistry of(List<? extends DomainProvider> domains, List<? extends LlmProvider> llms,
                                    List<? extends ChainProvider> chains) {
        return build(Checks.immutableList(domains, "domains"), Checks.immutableList(llms, "llms"),
                Checks.immutableList(chains, "chains"), new ArrayList<>());
    }

    private static PluginRegistry build(List<DomainProvider> domains, List<LlmProvider> llms,
                                        List<ChainProvider> chains, List<Problem> problems) {
        Map<String, DomainProvider> domainsById = index(PluginType.DOMAIN, domains, problems);
        Map<String, LlmProvider> llmsById = index(PluginType.LLM, llms, problems);
        Map<String, ChainProvider> chainsById = index(PluginType.CHAIN, chains, problems);
        if (!problems.isEmpty()) {
            List<String> found = new ArrayList<>();
            domainsById.keySet().forEach(id -> found.add("domain:" + id));
            llmsById.keySet().forEach(id -> found.add("llm:" + id));
            chainsById.keySet().forEach(id -> found.add("chain:" + id));
            String message = "plug-in discovery failed: "
                    + problems.stream().map(Problem::text).collect(Collectors.joining("; "))
                    + " (found: " + (found.isEmpty() ? "none" : String.join(", ", found)) + ")";
            String spis = problems.stream().map(Problem::spi).distinct().collect(Collectors.joining(","));
            List<Throwable> causes = problems.stream().map(Problem::cause).filter(c -> c != null).toList();
            PluginException e = new PluginException(problems.get(0).kind(), spis, found, message,
                    causes.isEmpty() ? null : causes.get(0));
            causes.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
        LOG.debug("discovered plug-ins: domain {}, llm {}, chain {}", domainsById.keySet(), llmsById.keySet(),
                chainsById.keySet());
        return new PluginRegistry(domainsById, llmsById, chainsById);
    }

    /** One thing wrong with discovery; all are collected so that one run reports every problem. */
    private record Problem(PluginException.Kind kind, String spi, String text, Throwable cause) {
    }

    private static <P extends Provider> List<P> load(Class<P> spi, ClassLoader loader, List<Problem> problems) {
        String name = spi.getSimpleName();
        List<P> providers = new ArrayList<>();
        List<LinkageError> linkageErrors = new ArrayList<>();
        Iterator<P> iterator = ServiceLoader.load(spi, loader).iterator();
        // ServiceLoader moves past a provider that fails; the bound only guards against a loader that does not.
        for (int failures = 0; failures <= MAX_LOAD_FAILURES; ) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                providers.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                // ServiceLoader names the provider class in its message; keep going to report all of them.
                failures++;
                problems.add(new Problem(PluginException.Kind.LOAD_FAILURE, name, name + " failed to load: "
                        + e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : ""), e));
            } catch (LinkageError e) {
                // A provider class whose own dependencies are missing escapes ServiceLoader as a bare
                // NoClassDefFoundError that names the missing class but not the provider: find it below.
                failures++;
                linkageErrors.add(e);
            }
        }
        if (!linkageErrors.isEmpty()) {
            reportLinkageErrors(spi, loader, providers, linkageErrors, problems);
        }
        return providers;
    }

    /**
     * Names the provider classes that cannot be linked: those listed in the service files that neither
     * loaded nor failed in a way ServiceLoader reported with their name, found by loading each again.
     */
    private static void reportLinkageErrors(Class<?> spi, ClassLoader loader, List<? extends Provider> loaded,
                                            List<LinkageError> errors, List<Problem> problems) {
        String name = spi.getSimpleName();
        Set<String> loadedClasses = new HashSet<>();
        loaded.forEach(p -> loadedClasses.add(p.getClass().getName()));
        int named = 0;
        for (String className : listedClassNames(spi, loader)) {
            if (loadedClasses.contains(className)) {
                continue;
            }
            try {
                Class.forName(className, false, loader);
            } catch (LinkageError e) {
                named++;
                problems.add(new Problem(PluginException.Kind.LOAD_FAILURE, name, name + " " + className
                        + " failed to load: " + e + (e.getCause() != null ? " (" + e.getCause() + ")" : ""), e));
            } catch (ClassNotFoundException e) {
                // Reported by ServiceLoader already, with the class name.
            }
        }
        if (named == 0) {
            errors.forEach(e -> problems.add(new Problem(PluginException.Kind.LOAD_FAILURE, name,
                    name + " failed to load: " + e, e)));
        }
    }

    /** The class names the loader's service files for {@code spi} list, by ServiceLoader's file syntax. */
    private static Set<String> listedClassNames(Class<?> spi, ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/services/" + spi.getName());
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        int comment = line.indexOf('#');
                        String className = (comment >= 0 ? line.substring(0, comment) : line).strip();
                        if (!className.isEmpty()) {
                            names.add(className);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // The service files were readable a moment ago; if not now, the problem is reported without a class name.
            LOG.debug("cannot re-read the service files of {}", spi.getName(), e);
        }
        return names;
    }

    private static <P extends Provider> Map<String, P> index(PluginType type, List<P> providers,
                                                             List<Problem> problems) {
        String spi = type.spi().getSimpleName();
        Map<String, List<P>> byId = new LinkedHashMap<>();
        for (P provider : providers) {
            String id;
            try {
                id = provider.id();
            } catch (RuntimeException e) {
                problems.add(new Problem(PluginException.Kind.LOAD_FAILURE, spi,
                        spi + " " + provider.getClass().getName() + ".id() threw " + e, e));
                continue;
            }
            if (!Checks.isIdentifier(id)) {
                problems.add(new Problem(PluginException.Kind.INVALID_ID, spi, spi + " " + provider.getClass().getName()
                        + " has the invalid id '" + id + "'; ids are lower-case identifiers like 'corporate-finance'",
                        null));
                continue;
            }
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(provider);
        }
        Map<String, P> unique = new LinkedHashMap<>();
        byId.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (e.getValue().size() > 1) {
                problems.add(new Problem(PluginException.Kind.DUPLICATE_ID, spi, "duplicate " + spi + " id '"
                        + e.getKey() + "' is claimed by "
                        + e.getValue().stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", ")),
                        null));
            } else {
                unique.put(e.getKey(), e.getValue().get(0));
            }
        });
        return unique;
    }

    /** @return every provider, by type (domain, llm, chain) then id */
    public List<PluginDescriptor> plugins() {
        List<PluginDescriptor> all = new ArrayList<>();
        describe(PluginType.DOMAIN, domains, all);
        describe(PluginType.LLM, llms, all);
        describe(PluginType.CHAIN, chains, all);
        all.sort(Comparator.comparing(PluginDescriptor::type).thenComparing(PluginDescriptor::id));
        return List.copyOf(all);
    }

    private static void describe(PluginType type, Map<String, ? extends Provider> providers, List<PluginDescriptor> out) {
        providers.forEach((id, p) -> out.add(new PluginDescriptor(type, id, describe(p), p.getClass().getName())));
    }

    private static String describe(Provider provider) {
        try {
            String description = provider.description();
            return description == null ? "" : description;
        } catch (RuntimeException e) {
            return "(description unavailable: " + e + ")";
        }
    }

    /** @return the domain providers, sorted by id */
    public List<DomainProvider> domains() {
        return List.copyOf(domains.values());
    }

    /** @return the LLM providers, sorted by id */
    public List<LlmProvider> llms() {
        return List.copyOf(llms.values());
    }

    /** @return the chain providers, sorted by id */
    public List<ChainProvider> chains() {
        return List.copyOf(chains.values());
    }

    /**
     * @param id a domain provider id
     * @return the provider
     * @throws PluginException ({@link PluginException.Kind#UNKNOWN_ID}) listing the ids found
     */
    public DomainProvider domain(String id) {
        return select(PluginType.DOMAIN, domains, id);
    }

    /**
     * @param id an LLM provider id
     * @return the provider
     * @throws PluginException ({@link PluginException.Kind#UNKNOWN_ID}) listing the ids found
     */
    public LlmProvider llm(String id) {
        return select(PluginType.LLM, llms, id);
    }

    /**
     * @param id a chain provider id
     * @return the provider
     * @throws PluginException ({@link PluginException.Kind#UNKNOWN_ID}) listing the ids found
     */
    public ChainProvider chain(String id) {
        return select(PluginType.CHAIN, chains, id);
    }

    /**
     * The provider to use when the configuration names none: the only one there is.
     *
     * @param type the SPI
     * @return the single provider of that SPI
     * @throws PluginException ({@link PluginException.Kind#AMBIGUOUS_OR_MISSING}) if there are none or
     *     several, listing them
     */
    public Provider only(PluginType type) {
        Map<String, ? extends Provider> providers = switch (type) {
            case DOMAIN -> domains;
            case LLM -> llms;
            case CHAIN -> chains;
        };
        if (providers.size() == 1) {
            return providers.values().iterator().next();
        }
        List<String> found = List.copyOf(providers.keySet());
        String message = providers.isEmpty()
                ? "no " + type.spi().getSimpleName() + " found on the class path"
                : "several " + type.spi().getSimpleName() + "s found (" + String.join(", ", found) + "): choose one by id";
        throw new PluginException(PluginException.Kind.AMBIGUOUS_OR_MISSING, type.spi().getSimpleName(), found, message, null);
    }

    private static <P extends Provider> P select(PluginType type, Map<String, P> providers, String id) {
        Checks.notNull(id, "id");
        P provider = providers.get(id);
        if (provider == null) {
            List<String> found = List.copyOf(providers.keySet());
            throw new PluginException(PluginException.Kind.UNKNOWN_ID, type.spi().getSimpleName(), found,
                    "unknown " + type.wireName() + " plug-in '" + id + "'; found: "
                            + (found.isEmpty() ? "none" : String.join(", ", found)), null);
        }
        return provider;
    }
}
