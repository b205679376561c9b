package io.dacr.generator.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.Fact;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Paragraph;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.TraceRules;
import io.dacr.generator.internal.constraint.ConstraintPlanner;
import io.dacr.generator.internal.constraint.PlannedConstraint;
import io.dacr.generator.internal.layout.Layout;
import io.dacr.generator.internal.layout.LayoutPlanner;
import io.dacr.generator.internal.layout.TrapPlan;
import io.dacr.generator.internal.layout.TrapPlanner;
import io.dacr.generator.internal.oracle.OracleBuilder;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.prose.ProseRenderer;
import io.dacr.generator.internal.question.PlannedQuestion;
import io.dacr.generator.internal.question.QuestionPlanner;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import io.dacr.generator.internal.world.WorldSampler;
import java.util.ArrayList;
import java.util.List;

/**
 * The generation pipeline: world → traps → layout → questions → constraints → key, and, for a full
 * challenge, prose and the oracle submission. The key depends only on the stages before prose, so
 * {@link #key} (the stateless path) equals the key of {@link #generate}.
 */
public final class Pipeline {

    /** An immutable record, so one instance serves every challenge. */
    private static final TraceRules TRACE_RULES = TraceRules.defaults();

    private final DomainPack pack;
    private final Settings settings;
    private final GenerationSpec spec;
    private final ChallengeId id;
    private final SeedDerivation seeds;
    private World world;
    private Layout layout;
    private List<PlannedQuestion> questions;
    private List<PlannedConstraint> constraints;

    /**
     * @param pack the pack
     * @param settings the resolved spec
     * @param spec the spec as requested
     * @param id the challenge id
     * @param secret the secret
     */
    public Pipeline(DomainPack pack, Settings settings, GenerationSpec spec, ChallengeId id, Secret secret) {
        this.pack = pack;
        this.settings = settings;
        this.spec = spec;
        this.id = id;
        this.seeds = SeedDerivation.forItem(secret, id);
    }

    private void plan() {
        world = WorldSampler.sample(pack, settings, seeds);
        List<TrapPlan> traps = TrapPlanner.plan(world, settings.traps(), seeds.stream("traps", 0));
        layout = LayoutPlanner.plan(world, traps, settings, seeds);
        questions = QuestionPlanner.plan(world, layout, settings, seeds);
        constraints = ConstraintPlanner.plan(world, questions, settings.constraints(), seeds);
    }

    /** @return the answer key, without rendering prose */
    public AnswerKey key() {
        plan();
        return buildKey();
    }

    /** @return the challenge, its key and the oracle submission */
    public GeneratedChallenge generate() {
        plan();
        AnswerKey key = buildKey();
        List<Paragraph> paragraphs = ProseRenderer.render(pack, layout, seeds.stream("prose", 0));
        List<Question> qs = new ArrayList<>(questions.size());
        for (PlannedQuestion q : questions) {
            qs.add(q.question());
        }
        List<Constraint> cs = new ArrayList<>(constraints.size());
        for (PlannedConstraint c : constraints) {
            cs.add(c.constraint());
        }
        Challenge challenge = new Challenge(id, id.domainId(), id.generatorVersion(), paragraphs, qs, cs,
                TRACE_RULES, ContentDigest.of(paragraphs, qs, cs));
        Submission oracle = OracleBuilder.build(id.toString(), world, questions, constraints);
        return new GeneratedChallenge(challenge, key, oracle);
    }

    private AnswerKey buildKey() {
        List<Fact> facts = new ArrayList<>();
        for (WorldFact f : world.facts()) {
            facts.add(f.fact());
        }
        List<GoldAnswer> answers = new ArrayList<>();
        for (PlannedQuestion q : questions) {
            answers.add(q.gold());
        }
        List<ConstraintValue> values = new ArrayList<>();
        for (PlannedConstraint c : constraints) {
            values.add(c.value());
        }
        Provenance provenance = new Provenance(id.generatorVersion(), pack.id(), pack.hash(), spec, id.namespace(),
                id.index(), SeedDerivation.NAME);
        return new AnswerKey(id, facts, answers, values, layout.traps(), layout.grounding(), provenance);
    }
}
