package io.dacr.core.audit;

import io.dacr.api.ChallengeGenerator;
import io.dacr.api.ConfigurationException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.spi.DomainProvider;
import io.dacr.core.audit.internal.ChallengeAuditor;
import io.dacr.core.audit.internal.ChallengeOutcome;
import io.dacr.core.solve.Solver;
import io.dacr.core.solve.Solvers;
import io.dacr.core.solve.internal.PackGrammar;
import io.dacr.core.verify.DacrVerifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The quality audit of a generator: generates challenges, has the oracle and every shortcut solver
 * answer them, grades every submission, and reports pass rates, answer accuracy by category and hops,
 * trace validity, how each trap kind fares against the shortcut it targets, and the diversity of the
 * masked document text. Challenge {@code i} goes to the {@code (i mod D)}-th domain, as
 * {@code dacr generate} does. Challenges are generated and graded in parallel, in blocks of 1,000, and
 * tallied in index order, so the report does not depend on the thread count.
 *
 * <pre>{@code
 * QualityAudit audit = QualityAudit.builder().generator(generator).domains(providers).build();
 * AuditReport report = audit.run(List.of("corporate-finance"), 300, secret);
 * System.out.print(report.toTable());
 * }</pre>
 */
public final class QualityAudit {

    private static final int BLOCK = 1000;

    private final ChallengeGenerator generator;
    private final List<DomainProvider> domains;
    private final GenerationSpec spec;
    private final String namespace;
    private final List<String> solverNames;

    private QualityAudit(Builder b) {
        this.generator = b.generator;
        this.domains = List.copyOf(b.domains);
        this.spec = b.spec;
        this.namespace = b.namespace;
        this.solverNames = List.copyOf(b.solvers);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param domainIds the domains, taking turns by index
     * @param count how many challenges
     * @param secret the generation secret
     * @return the report
     * @throws ConfigurationException if no domain is given, or a domain has no pack among the builder's
     * @throws io.dacr.api.DacrException if generation fails
     */
    public AuditReport run(List<String> domainIds, int count, Secret secret) {
        if (domainIds.isEmpty()) {
            throw new ConfigurationException("an audit needs at least one domain");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Map<String, PackGrammar> grammars = grammars();
        for (String id : domainIds) {
            if (!grammars.containsKey(id)) {
                throw new ConfigurationException("no domain pack '" + id + "' was given to the audit; given: "
                        + grammars.keySet());
            }
        }
        List<Solver> shortcuts = new ArrayList<>();
        for (String name : solverNames) {
            if (!name.equals(Solvers.ORACLE)) {
                shortcuts.add(Solvers.shortcut(name, domains));
            }
        }
        DacrVerifier verifier = DacrVerifier.builder().build();
        AuditTally tally = new AuditTally(solverNames);
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            List<ChallengeOutcome> block = IntStream.range(from, to).parallel().mapToObj(i -> {
                GeneratedChallenge g = generator.generate(new GenerationRequest(domainIds.get(i % domainIds.size()), spec,
                        namespace, i, secret));
                List<Solver> solvers = new ArrayList<>();
                if (solverNames.contains(Solvers.ORACLE)) {
                    solvers.add(Solvers.oracle(List.<Submission>of(g.oracle())));
                }
                solvers.addAll(shortcuts);
                return new ChallengeAuditor(solvers, grammars, verifier).audit(g.challenge(), g.key());
            }).toList();
            block.forEach(tally::add);
        }
        return tally.report();
    }

    private Map<String, PackGrammar> grammars() {
        Map<String, PackGrammar> out = new LinkedHashMap<>();
        for (DomainProvider d : domains) {
            out.put(d.id(), PackGrammar.parse(d.packSource(), d.packJson()));
        }
        return out;
    }

    /** Builds a {@link QualityAudit}. */
    public static final class Builder {

        private ChallengeGenerator generator;
        private final List<DomainProvider> domains = new ArrayList<>();
        private GenerationSpec spec = GenerationSpec.preset("standard");
        private String namespace = "audit";
        private List<String> solvers = Solvers.names();

        private Builder() {
        }

        /**
         * @param generator the generator audited
         * @return this builder
         */
        public Builder generator(ChallengeGenerator generator) {
            this.generator = generator;
            return this;
        }

        /**
         * @param providers the domain packs the shortcut solvers may read (the public packs of the
         *     domains audited)
         * @return this builder
         */
        public Builder domains(List<? extends DomainProvider> providers) {
            domains.addAll(providers);
            return this;
        }

        /**
         * @param spec the generation spec (default: the {@code standard} preset)
         * @return this builder
         */
        public Builder spec(GenerationSpec spec) {
            this.spec = spec;
            return this;
        }

        /**
         * @param namespace the namespace of the audited challenge ids (default {@code audit})
         * @return this builder
         */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * @param names the solvers to run (default: all of {@link Solvers#names()})
         * @return this builder
         */
        public Builder solvers(List<String> names) {
            this.solvers = List.copyOf(names);
            return this;
        }

        /**
         * @return the audit
         * @throws ConfigurationException if no generator or no domain pack was given, or a solver name is unknown
         */
        public QualityAudit build() {
            if (generator == null) {
                throw new ConfigurationException("an audit needs a generator");
            }
            if (domains.isEmpty()) {
                throw new ConfigurationException("an audit needs the domain packs of the domains it audits");
            }
            for (String s : solvers) {
                if (!Solvers.names().contains(s)) {
                    throw new ConfigurationException("no solver '" + s + "'; known: " + Solvers.names());
                }
            }
            return new QualityAudit(this);
        }
    }
}
