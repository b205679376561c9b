package io.dacr.core.plugin;

import io.dacr.api.ChainException;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainProvider;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.LlmProvider;
import io.dacr.api.spi.TokenUsage;
import java.util.List;

/**
 * Providers for the registry's tests, well-behaved and broken. ServiceLoader instantiates them by
 * their binary names ({@code TestProviders$Alpha}), listed in service files that the tests write.
 */
final class TestProviders {

    private TestProviders() {
    }

    /** A domain provider whose id is given at construction, for {@link PluginRegistry#of}. */
    static final class Named implements DomainProvider {
        private final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "domain " + id;
        }

        @Override
        public String packJson() {
            return "{\"id\":\"" + id + "\"}";
        }
    }

    /** A well-behaved domain provider. */
    public static final class Alpha implements DomainProvider {
        @Override
        public String id() {
            return "alpha";
        }

        @Override
        public String description() {
            return "the alpha test domain";
        }

        @Override
        public String packJson() {
            return "{\"id\":\"alpha\"}";
        }
    }

    /** Another well-behaved domain provider. */
    public static final class Beta implements DomainProvider {
        @Override
        public String id() {
            return "beta";
        }

        @Override
        public String description() {
            return "the beta test domain";
        }

        @Override
        public String packJson() {
            return "{\"id\":\"beta\"}";
        }
    }

    /** A second class claiming {@link Alpha}'s id. */
    public static final class AlphaImpostor implements DomainProvider {
        @Override
        public String id() {
            return "alpha";
        }

        @Override
        public String description() {
            return "claims alpha too";
        }

        @Override
        public String packJson() {
            return "{\"id\":\"alpha\"}";
        }
    }

    /** Its id is not a lower-case identifier. */
    public static final class UpperCaseId implements DomainProvider {
        @Override
        public String id() {
            return "Corporate Finance";
        }

        @Override
        public String description() {
            return "bad id";
        }

        @Override
        public String packJson() {
            return "{}";
        }
    }

    /** Its id is null. */
    public static final class NullId implements DomainProvider {
        @Override
        public String id() {
            return null;
        }

        @Override
        public String description() {
            return "no id";
        }

        @Override
        public String packJson() {
            return "{}";
        }
    }

    /** Its {@code id()} throws. */
    public static final class IdThrows implements DomainProvider {
        @Override
        public String id() {
            throw new IllegalStateException("id unavailable");
        }

        @Override
        public String description() {
            return "id throws";
        }

        @Override
        public String packJson() {
            return "{}";
        }
    }

    /** Its constructor throws. */
    public static final class ConstructorThrows implements DomainProvider {
        public ConstructorThrows() {
            throw new IllegalStateException("cannot start: pack resource missing");
        }

        @Override
        public String id() {
            return "constructor-throws";
        }

        @Override
        public String description() {
            return "constructor throws";
        }

        @Override
        public String packJson() {
            return "{}";
        }
    }

    /** Has a constructor, but not a public no-argument one. */
    public static final class NoNoArgConstructor implements DomainProvider {
        private final String id;

        public NoNoArgConstructor(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "needs an argument";
        }

        @Override
        public String packJson() {
            return "{}";
        }
    }

    /** Listed as a domain provider but is none. */
    public static final class NotAProvider {
    }

    /** Its description throws; it is still a usable provider. */
    public static final class DescriptionThrows implements DomainProvider {
        @Override
        public String id() {
            return "mute";
        }

        @Override
        public String description() {
            throw new IllegalStateException("no words");
        }

        @Override
        public String packJson() {
            return "{\"id\":\"mute\"}";
        }
    }

    /** Stands for a library that is missing from the class path at run time. */
    public static class MissingLibraryBase {
    }

    /** Extends a class that the test's class loader hides, as if its jar had not been deployed. */
    public static final class NeedsMissingLibrary extends MissingLibraryBase implements DomainProvider {
        @Override
        public String id() {
            return "needs-library";
        }

        @Override
        public String description() {
            return "needs a missing library";
        }

        @Override
        public String packJson() {
            return "{}";
        }
    }

    /** An LLM provider whose back end repeats the last message. */
    public static final class Echo implements LlmProvider {
        @Override
        public String id() {
            return "echo";
        }

        @Override
        public String description() {
            return "repeats the prompt";
        }

        @Override
        public LlmBackend create(LlmConfig config) {
            return new LlmBackend() {
                @Override
                public String modelId() {
                    return config.model();
                }

                @Override
                public ChatResponse chat(ChatRequest request) {
                    List<io.dacr.api.spi.ChatMessage> messages = request.messages();
                    return new ChatResponse(messages.get(messages.size() - 1).content(), config.model(), "stop",
                            TokenUsage.UNKNOWN);
                }

                @Override
                public void close() {
                    // Holds no resources.
                }
            };
        }
    }

    /** A second LLM provider, so that choosing the only one is ambiguous. */
    public static final class Parrot implements LlmProvider {
        private final Echo echo = new Echo();

        @Override
        public String id() {
            return "parrot";
        }

        @Override
        public String description() {
            return "also repeats the prompt";
        }

        @Override
        public LlmBackend create(LlmConfig config) {
            return echo.create(config);
        }
    }

    /** A chain provider without a node: every connection attempt fails as unreachable. */
    public static final class Offline implements ChainProvider {
        @Override
        public String id() {
            return "offline";
        }

        @Override
        public String description() {
            return "no node to talk to";
        }

        @Override
        public ChainConnector connect(ChainConfig config) {
            throw new ChainException("no node at " + config.rpcUrl());
        }
    }
}
