package io.dacr.generator;

import io.dacr.api.AnswerKey;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.ChallengeId;
import io.dacr.api.ConfigurationException;
import io.dacr.api.DomainPackException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationException;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.PluginException;
import io.dacr.api.Secret;
import io.dacr.api.spi.DomainProvider;
import io.dacr.generator.internal.Pipeline;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.PackLoader;
import io.dacr.generator.internal.world.WorldSampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DACR's deterministic challenge generator. Packs are loaded and validated when the generator is
 * built; generation is a pure function of the request (same request, same bytes, on every JVM and
 * thread count).
 *
 * <pre>{@code
 * DacrGenerator generator = DacrGenerator.builder().domain(new CorporateFinanceDomain()).build();
 * GeneratedChallenge g = generator.generate(new GenerationRequest(
 *         "corporate-finance", GenerationSpec.preset("standard").with("paragraphs", "60"), "epoch-7", 42, secret));
 * AnswerKey key = generator.answerKey(g.challenge().id(), g.key().provenance().spec(), secret); // equals g.key()
 * }</pre>
 *
 * <p>Presets: see {@link Preset}. Knobs (each overrides the preset):
 * <ul>
 *   <li>{@code entities}: entities of the pack's primary kind, {@value #MIN_ENTITIES} to {@value #MAX_ENTITIES};</li>
 *   <li>{@code paragraphs}: {@value #MIN_PARAGRAPHS} to {@value #MAX_PARAGRAPHS};</li>
 *   <li>{@code traps}: 0 to {@value #MAX_TRAPS};</li>
 *   <li>{@code max_hops}: the deepest question, 1 to 6;</li>
 *   <li>{@code alias_density}: percent of entity mentions that use an alias, 0 to 100.</li>
 * </ul>
 * Thread-safe: a built generator is immutable.
 */
public final class DacrGenerator implements ChallengeGenerator {

    /** The generator version written into every challenge id. Bump it (and the CHANGELOG) whenever output changes. */
    public static final int VERSION = 6;
    /** Fewest entities of the primary kind. */
    public static final int MIN_ENTITIES = 3;
    /** Most entities of the primary kind. */
    public static final int MAX_ENTITIES = 40;
    /** Fewest paragraphs. */
    public static final int MIN_PARAGRAPHS = 20;
    /** Most paragraphs. */
    public static final int MAX_PARAGRAPHS = 120;
    /** Most traps. */
    public static final int MAX_TRAPS = 20;

    private final Map<String, DomainPack> packs;

    /**
     * The spec that {@link #answerKey} resolved last, with its hash and its settings for one pack:
     * stateless verification regenerates many keys under one spec object, and a spec is immutable, so
     * its hash (canonical text and SHA-256) and settings are the same every time. Replaced as a whole,
     * read without a lock; a miss computes both exactly as before.
     */
    private volatile ResolvedSpec lastSpec;

    private record ResolvedSpec(GenerationSpec spec, String hash, DomainPack pack, Settings settings) {
    }

    private DacrGenerator(Map<String, DomainPack> packs) {
        this.packs = packs;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int version() {
        return VERSION;
    }

    /** @return the ids of the loaded domain packs, sorted */
    public List<String> domainIds() {
        return List.copyOf(packs.keySet());
    }

    /**
     * @param domainId a domain id
     * @return SHA-256 of the pack's canonical JSON
     * @throws PluginException if no pack has that id
     */
    public String packHash(String domainId) {
        return pack(domainId).hash();
    }

    @Override
    public GeneratedChallenge generate(GenerationRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("request must not be null");
        }
        DomainPack pack = pack(request.domainId());
        Settings settings = settings(request.spec(), pack);
        ChallengeId id = ChallengeId.issue(VERSION, pack.id(), request.spec(), request.namespace(), request.index(),
                request.secret());
        return new Pipeline(pack, settings, request.spec(), id, request.secret()).generate();
    }

    @Override
    public AnswerKey answerKey(ChallengeId id, GenerationSpec spec, Secret secret) {
        if (secret == null) {
            throw new ConfigurationException("a generation secret is required: give one from a file or an environment variable");
        }
        if (id == null || spec == null) {
            throw new IllegalArgumentException("id and spec must not be null");
        }
        if (id.generatorVersion() != VERSION) {
            throw new GenerationException("challenge " + id + " was issued by generator version " + id.generatorVersion()
                    + ", this is version " + VERSION);
        }
        if (!id.isAuthentic(secret)) {
            throw new GenerationException("challenge id " + id + " is not authentic under the given secret");
        }
        ResolvedSpec last = lastSpec;
        boolean sameSpec = last != null && last.spec() == spec;
        String specHash = sameSpec ? last.hash() : spec.hash();
        if (!specHash.startsWith(id.specHash())) {
            throw new GenerationException("the spec " + spec.canonicalText().replace('\n', ' ').strip()
                    + " does not match the spec hash " + id.specHash() + " of challenge " + id);
        }
        DomainPack pack = pack(id.domainId());
        Settings settings;
        if (sameSpec && last.pack() == pack) {
            settings = last.settings();
        } else {
            settings = settings(spec, pack);
            lastSpec = new ResolvedSpec(spec, specHash, pack, settings);
        }
        return new Pipeline(pack, settings, spec, id, secret).key();
    }

    private DomainPack pack(String domainId) {
        DomainPack pack = packs.get(domainId);
        if (pack == null) {
            throw new PluginException(PluginException.Kind.UNKNOWN_ID, "DomainProvider", List.copyOf(packs.keySet()),
                    "no domain pack '" + domainId + "'; loaded: " + packs.keySet(), null);
        }
        return pack;
    }

    /**
     * Resolves a spec: the preset's values with the knobs applied.
     *
     * @param spec the spec
     * @param pack the pack (its size decides the preset's entity count)
     * @return the settings
     * @throws GenerationException on an unknown preset, an unknown knob or a value out of range
     */
    static Settings settings(GenerationSpec spec, DomainPack pack) {
        Preset preset = null;
        for (Preset p : Preset.values()) {
            if (p.wireName().equals(spec.preset())) {
                preset = p;
            }
        }
        if (preset == null) {
            List<String> names = new ArrayList<>();
            for (Preset p : Preset.values()) {
                names.add(p.wireName());
            }
            throw new GenerationException("unknown preset '" + spec.preset() + "'; known presets: " + names);
        }
        int entities = -1;
        int paragraphs = preset.paragraphs();
        int traps = preset.traps();
        int maxHops = preset.maxHops();
        int aliasDensity = preset.aliasDensity();
        for (Map.Entry<String, String> knob : spec.knobs().entrySet()) {
            String v = knob.getValue();
            switch (knob.getKey()) {
                case "entities" -> entities = knob("entities", v, MIN_ENTITIES, MAX_ENTITIES);
                case "paragraphs" -> paragraphs = knob("paragraphs", v, MIN_PARAGRAPHS, MAX_PARAGRAPHS);
                case "traps" -> traps = knob("traps", v, 0, MAX_TRAPS);
                case "max_hops" -> maxHops = knob("max_hops", v, 1, io.dacr.api.Question.MAX_HOPS);
                case "alias_density" -> aliasDensity = knob("alias_density", v, 0, 100);
                default -> throw new GenerationException("unknown knob '" + knob.getKey()
                        + "'; known knobs: alias_density, entities, max_hops, paragraphs, traps");
            }
        }
        if (entities < 0) {
            entities = entitiesFor(pack, preset.facts());
        }
        return new Settings(entities, paragraphs, traps, preset.questions(), preset.constraints(), maxHops, aliasDensity);
    }

    /** The fewest primary entities whose world has at least {@code facts} attribute facts (see {@link Preset}). */
    private static int entitiesFor(DomainPack pack, int facts) {
        for (int n = MIN_ENTITIES; n < MAX_ENTITIES; n++) {
            int total = 0;
            for (int k = 0; k < pack.kinds().size(); k++) {
                total += WorldSampler.countOf(k, n) * pack.kinds().get(k).attributes().size();
            }
            if (total >= facts) {
                return n;
            }
        }
        return MAX_ENTITIES;
    }

    private static int knob(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new GenerationException("knob '" + name + "' must be a whole number from " + min + " to " + max
                    + ", was '" + value + "'");
        }
        if (n < min || n > max) {
            throw new GenerationException("knob '" + name + "' must be from " + min + " to " + max + ", was " + n);
        }
        return n;
    }

    /** Builds a {@link DacrGenerator}; packs are loaded and validated by {@link #build()}. */
    public static final class Builder {

        private final List<DomainProvider> providers = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param provider a domain provider
         * @return this builder
         */
        public Builder domain(DomainProvider provider) {
            if (provider == null) {
                throw new IllegalArgumentException("provider must not be null");
            }
            providers.add(provider);
            return this;
        }

        /**
         * @param list domain providers
         * @return this builder
         */
        public Builder domains(List<? extends DomainProvider> list) {
            if (list == null) {
                throw new IllegalArgumentException("providers must not be null");
            }
            list.forEach(this::domain);
            return this;
        }

        /**
         * @return the generator
         * @throws DomainPackException if a pack is invalid or its id differs from its provider's
         * @throws ConfigurationException if no domain was given or two share an id
         */
        public DacrGenerator build() {
            if (providers.isEmpty()) {
                throw new ConfigurationException("a generator needs at least one domain provider");
            }
            Map<String, DomainPack> packs = new TreeMap<>();
            for (DomainProvider p : providers) {
                DomainPack pack = PackLoader.load(p.packSource(), p.packJson());
                if (!pack.id().equals(p.id())) {
                    throw new DomainPackException(p.packSource(), "$.id", "the pack id '" + pack.id()
                            + "' differs from the provider id '" + p.id() + "'");
                }
                if (packs.put(pack.id(), pack) != null) {
                    throw new ConfigurationException("two domain providers have the id '" + pack.id() + "'");
                }
            }
            return new DacrGenerator(packs);
        }
    }
}
