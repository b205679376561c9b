package io.dacr.testkit;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerType;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ContentHashes;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.api.internal.Checks;
import io.dacr.testkit.internal.SampleText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for DACR's inputs: seeds, secrets, generation specs, challenge ids, small
 * well-formed challenges, and valid and malformed submissions to a challenge.
 *
 * <pre>{@code
 * @Property
 * void malformedSubmissionsAreGradedMalformed(@ForAll("cases") MalformedSubmission malformed) { ... }
 *
 * @Provide
 * Arbitrary<MalformedSubmission> cases() {
 *     return DacrArbitraries.challenges()
 *             .flatMap(c -> DacrArbitraries.malformedSubmissions(c, verifier.artifactLimit()));
 * }
 * }</pre>
 *
 * <p>What "valid" means here is structural: a valid submission has a one-line artifact of at most
 * {@value #VALID_ARTIFACT_MAX_BYTES} bytes of UTF-8 whose words each obey the script rule, one answer
 * per question citing an existing paragraph, and a trace whose length is within the challenge's
 * {@link TraceRules}, whose citations are existing paragraph ids, whose operations are allowed and
 * whose computations are right. Its answers are not the gold answers: it is well-formed, not correct.
 */
public final class DacrArbitraries {

    /** The longest artifact of a valid submission, in bytes of UTF-8 (so also in chars and code points). */
    public static final int VALID_ARTIFACT_MAX_BYTES = 512;

    /** The most words a valid artifact has. */
    private static final int MAX_ARTIFACT_WORDS = 12;

    /** Operations whose result the arbitraries compute, so compute steps are right when re-executed. */
    private static final List<String> COMPUTED_OPERATIONS = List.of("add", "subtract", "multiply", "max", "min");

    /** Extra steps beyond a trace's minimum, at most: keeps generated traces small. */
    private static final int MAX_EXTRA_STEPS = 8;

    private DacrArbitraries() {
    }

    /** @return any 64-bit seed, edge cases (0, -1, min, max) included */
    public static Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** @return secrets of {@value Secret#MIN_BYTES} to 64 bytes */
    public static Arbitrary<Secret> secrets() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(Secret.MIN_BYTES).ofMaxSize(64).map(Secret::ofBytes);
    }

    /** @return lower-case identifiers such as {@code a}, {@code corporate-finance}, {@code epoch_7} */
    public static Arbitrary<String> identifiers() {
        Arbitrary<String> head = Combinators.combine(
                        Arbitraries.chars().range('a', 'z'),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(7))
                .as((first, rest) -> first + rest);
        Arbitrary<String> segment = Combinators.combine(
                        Arbitraries.of("-", "_"),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(6))
                .as(String::concat);
        return Combinators.combine(head, segment.list().ofMaxSize(2)).as((h, segments) -> h + String.join("", segments));
    }

    /** @return generation specs: a preset and up to four knobs with one-line values */
    public static Arbitrary<GenerationSpec> generationSpecs() {
        Arbitrary<String> presets = Arbitraries.oneOf(Arbitraries.of("standard", "hard", "mini", "bench"), identifiers());
        Arbitrary<String> values = Arbitraries.strings().alpha().numeric().withChars('.', '-', ',', ' ')
                .ofMinLength(1).ofMaxLength(12).map(String::strip).filter(v -> !v.isEmpty());
        return Combinators.combine(presets, Arbitraries.maps(identifiers(), values).ofMaxSize(4))
                .as((preset, knobs) -> new GenerationSpec(preset, new TreeMap<>(knobs)));
    }

    /** @return authentic challenge ids, each issued under an arbitrary secret */
    public static Arbitrary<ChallengeId> challengeIds() {
        return challengeIds(secrets());
    }

    /**
     * @param secret the secret to issue them under
     * @return challenge ids authentic under {@code secret}
     */
    public static Arbitrary<ChallengeId> challengeIds(Secret secret) {
        return challengeIds(Arbitraries.just(Checks.notNull(secret, "secret")));
    }

    // One combination rather than a flatMap over secrets: building the arbitrary per secret is slow.
    private static Arbitrary<ChallengeId> challengeIds(Arbitrary<Secret> secrets) {
        Arbitrary<String> domains = Arbitraries.oneOf(Arbitraries.of("corporate-finance", "marine-insurance"), identifiers());
        Arbitrary<String> namespaces = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100_000).map(epoch -> "epoch-" + epoch), identifiers());
        return Combinators.combine(secrets, Arbitraries.integers().between(1, 9), domains, generationSpecs(), namespaces,
                        Arbitraries.longs().between(0, 1_000_000_000_000L))
                .as((secret, version, domain, spec, namespace, index) ->
                        ChallengeId.issue(version, domain, spec, namespace, index, secret));
    }

    /**
     * Small challenges whose parts agree: paragraphs numbered from {@code paragraph_1}, 1 to 5
     * questions {@code q1…}, up to 4 constraints {@code c1…} referring to existing questions, trace
     * rules of 1 to 4 minimum steps. The content hashes are SHA-256 digests of a simple text form of
     * each part, well-formed but not the canonical-JSON digests a generator writes.
     *
     * @return well-formed challenges
     */
    public static Arbitrary<Challenge> challenges() {
        Arbitrary<List<Paragraph>> paragraphs = paragraphText().list().ofMinSize(1).ofMaxSize(8).map(texts -> {
            List<Paragraph> numbered = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                numbered.add(new Paragraph(Paragraph.idOf(i + 1), texts.get(i)));
            }
            return numbered;
        });
        Arbitrary<List<Question>> questions = questionDraft().list().ofMinSize(1).ofMaxSize(5).map(drafts -> {
            List<Question> numbered = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                numbered.add(drafts.get(i).numbered(i + 1));
            }
            return numbered;
        });
        Arbitrary<QuestionsAndConstraints> questionsAndConstraints = questions.flatMap(qs ->
                constraints(qs).map(cs -> new QuestionsAndConstraints(qs, cs)));
        return Combinators.combine(challengeIds(), paragraphs, questionsAndConstraints, traceRules())
                .as((id, ps, qc, rules) -> new Challenge(id, id.domainId(), id.generatorVersion(), ps, qc.questions(),
                        qc.constraints(), rules, hashes(ps, qc)));
    }

    /** @return trace rules of 1 to 4 minimum steps, up to 8 more allowed, some or all operations */
    public static Arbitrary<TraceRules> traceRules() {
        Arbitrary<List<String>> operations = Arbitraries.oneOf(
                Arbitraries.just(TraceRules.DEFAULT_OPERATIONS),
                Arbitraries.of(TraceRules.DEFAULT_OPERATIONS).list().uniqueElements().ofMinSize(1).ofMaxSize(6));
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, MAX_EXTRA_STEPS),
                        operations, Arbitraries.of(true, false))
                .as((min, extra, ops, citations) -> new TraceRules(min, min + extra, ops, citations));
    }

    /**
     * @param challenge the challenge answered
     * @return structurally valid submissions to it (see the class comment)
     */
    public static Arbitrary<Submission> validSubmissions(Challenge challenge) {
        Checks.notNull(challenge, "challenge");
        TraceRules rules = challenge.traceRules();
        int maxSteps = (int) Math.min(rules.maxSteps(), (long) rules.minSteps() + MAX_EXTRA_STEPS);
        Arbitrary<List<TraceStep>> trace = Arbitraries.integers().between(rules.minSteps(), maxSteps)
                .flatMap(n -> traceStep(challenge).list().ofSize(n));
        return Combinators.combine(artifactWords().list().ofMinSize(1).ofMaxSize(MAX_ARTIFACT_WORDS), answers(challenge), trace)
                .as((words, answers, steps) -> new Submission(challenge.id().toString(), String.join(" ", words), answers, steps));
    }

    /**
     * @param challenge the challenge answered
     * @param artifactLimit the verifier's limit on the artifact's length, at least
     *     {@value #VALID_ARTIFACT_MAX_BYTES}; oversize artifacts are ASCII, so their length exceeds it
     *     whether counted in bytes, chars or code points
     * @return submissions that break one structural rule each, every defect represented
     * @throws IllegalArgumentException if {@code artifactLimit} is below {@value #VALID_ARTIFACT_MAX_BYTES}
     */
    public static Arbitrary<MalformedSubmission> malformedSubmissions(Challenge challenge, int artifactLimit) {
        requireArguments(challenge, artifactLimit);
        return Combinators.combine(validSubmissions(challenge), Arbitraries.of(SubmissionDefect.class))
                .flatAs((valid, defect) -> broken(challenge, artifactLimit, defect, valid));
    }

    /**
     * @param challenge the challenge answered
     * @param artifactLimit the verifier's limit on the artifact's length (see
     *     {@link #malformedSubmissions(Challenge, int)})
     * @param defect the rule to break
     * @return submissions that break {@code defect} and no other structural rule
     * @throws IllegalArgumentException if {@code artifactLimit} is below {@value #VALID_ARTIFACT_MAX_BYTES}
     */
    public static Arbitrary<MalformedSubmission> malformedSubmissions(Challenge challenge, int artifactLimit,
                                                                      SubmissionDefect defect) {
        requireArguments(challenge, artifactLimit);
        Checks.notNull(defect, "defect");
        return validSubmissions(challenge).flatMap(valid -> broken(challenge, artifactLimit, defect, valid));
    }

    private static void requireArguments(Challenge challenge, int artifactLimit) {
        Checks.notNull(challenge, "challenge");
        Checks.requireArgument(artifactLimit >= VALID_ARTIFACT_MAX_BYTES,
                "artifactLimit must be at least %d, was %d", VALID_ARTIFACT_MAX_BYTES, artifactLimit);
    }

    /** Breaks {@code defect}'s rule in {@code valid}, and only that rule. */
    private static Arbitrary<MalformedSubmission> broken(Challenge challenge, int artifactLimit, SubmissionDefect defect,
                                                         Submission valid) {
        return switch (defect) {
            case MULTI_LINE_ARTIFACT -> insertIntoArtifact(valid, defect, SampleText.LINE_BREAKS, true);
            case CONTROL_CHARACTER -> insertIntoArtifact(valid, defect, SampleText.CONTROLS, false);
            case INVISIBLE_CHARACTER -> insertIntoArtifact(valid, defect, SampleText.INVISIBLES, false);
            case MIXED_SCRIPT_WORD -> mixedScriptWord(valid);
            case OVERSIZE_ARTIFACT -> oversizeArtifact(valid, artifactLimit);
            case TRACE_TOO_SHORT -> Arbitraries.integers().between(0, challenge.traceRules().minSteps() - 1)
                    .map(n -> new MalformedSubmission(defect, "the trace has " + n + " steps, the rules require at least "
                            + challenge.traceRules().minSteps(), withTrace(valid, valid.trace().subList(0, n))));
            case TRACE_TOO_LONG -> tooLongTrace(challenge, valid);
        };
    }

    private static Arbitrary<MalformedSubmission> insertIntoArtifact(Submission valid, SubmissionDefect defect,
                                                                     List<String> insertions, boolean betweenWords) {
        String artifact = valid.artifact();
        // Line breaks replace a space between words (or follow the only word); other characters go
        // anywhere inside the artifact.
        Arbitrary<Integer> positions = betweenWords
                ? Arbitraries.integers().between(0, Math.max(0, spaces(artifact) - 1))
                : Arbitraries.integers().between(0, artifact.length());
        return Combinators.combine(Arbitraries.of(insertions), positions).as((insertion, position) -> {
            String broken;
            if (betweenWords) {
                int space = nthSpace(artifact, position);
                broken = space < 0 ? artifact + insertion + "more"
                        : artifact.substring(0, space) + insertion + artifact.substring(space + 1);
            } else {
                int at = Character.isLowSurrogate(charAtOrZero(artifact, position)) ? position - 1 : position;
                broken = artifact.substring(0, at) + insertion + artifact.substring(at);
            }
            String reason = String.format(Locale.ROOT, "the artifact has %s U+%04X", describe(defect),
                    insertion.codePointAt(0));
            return new MalformedSubmission(defect, reason, withArtifact(valid, broken));
        });
    }

    private static String describe(SubmissionDefect defect) {
        return switch (defect) {
            case MULTI_LINE_ARTIFACT -> "the line break";
            case CONTROL_CHARACTER -> "the control character";
            default -> "the invisible character";
        };
    }

    private static Arbitrary<MalformedSubmission> mixedScriptWord(Submission valid) {
        Arbitrary<String> mixed = Combinators.combine(Arbitraries.of(SampleText.LATIN_WORDS), Arbitraries.of(true, false))
                .as((word, cyrillic) -> lookAlike(word, cyrillic ? SampleText.CYRILLIC_LOOKALIKES : SampleText.GREEK_LOOKALIKES));
        List<String> words = List.of(valid.artifact().split(" "));
        return Combinators.combine(mixed, Arbitraries.integers().between(0, words.size())).as((word, position) -> {
            List<String> broken = new ArrayList<>(words);
            broken.add(position, word);
            return new MalformedSubmission(SubmissionDefect.MIXED_SCRIPT_WORD,
                    "word " + (position + 1) + " '" + word + "' mixes Latin with look-alike letters of another script",
                    withArtifact(valid, String.join(" ", broken)));
        });
    }

    /** Replaces the first confusable Latin letter of {@code word} with its look-alike. */
    private static String lookAlike(String word, String lookAlikes) {
        for (int i = 0; i < word.length(); i++) {
            int which = SampleText.CONFUSABLE_LATIN.indexOf(word.charAt(i));
            if (which >= 0) {
                return word.substring(0, i) + lookAlikes.charAt(which) + word.substring(i + 1);
            }
        }
        throw new IllegalStateException("sample word without a confusable letter: " + word);
    }

    private static Arbitrary<MalformedSubmission> oversizeArtifact(Submission valid, int artifactLimit) {
        Arbitrary<String> asciiWords = Arbitraries.of(SampleText.LATIN_WORDS.stream()
                .filter(w -> w.chars().allMatch(c -> c < 128)).toList());
        return Combinators.combine(asciiWords.list().ofMinSize(1).ofMaxSize(8), Arbitraries.integers().between(1, 64))
                .as((words, excess) -> {
                    StringBuilder artifact = new StringBuilder();
                    for (int i = 0; artifact.length() < artifactLimit + excess; i++) {
                        if (artifact.length() > 0) {
                            artifact.append(' ');
                        }
                        artifact.append(words.get(i % words.size()));
                    }
                    return new MalformedSubmission(SubmissionDefect.OVERSIZE_ARTIFACT, "the artifact has "
                            + artifact.length() + " characters, over the limit of " + artifactLimit,
                            withArtifact(valid, artifact.toString()));
                });
    }

    private static Arbitrary<MalformedSubmission> tooLongTrace(Challenge challenge, Submission valid) {
        int maxSteps = challenge.traceRules().maxSteps();
        return Arbitraries.integers().between(maxSteps + 1, maxSteps + 3)
                .flatMap(n -> traceStep(challenge).list().ofSize(n - valid.trace().size()).map(extra -> {
                    List<TraceStep> steps = new ArrayList<>(valid.trace());
                    steps.addAll(extra);
                    return new MalformedSubmission(SubmissionDefect.TRACE_TOO_LONG, "the trace has " + n
                            + " steps, the rules allow at most " + maxSteps, withTrace(valid, steps));
                }));
    }

    private static Submission withArtifact(Submission s, String artifact) {
        return new Submission(s.challengeId(), artifact, s.answers(), s.trace());
    }

    private static Submission withTrace(Submission s, List<TraceStep> trace) {
        return new Submission(s.challengeId(), s.artifact(), s.answers(), trace);
    }

    private static int spaces(String text) {
        return (int) text.chars().filter(c -> c == ' ').count();
    }

    private static int nthSpace(String text, int n) {
        int index = -1;
        for (int i = 0; i <= n; i++) {
            index = text.indexOf(' ', index + 1);
            if (index < 0) {
                return -1;
            }
        }
        return index;
    }

    private static char charAtOrZero(String text, int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    private static Arbitrary<String> artifactWords() {
        return Arbitraries.oneOf(Arbitraries.of(SampleText.LATIN_WORDS), Arbitraries.of(SampleText.OTHER_WORDS));
    }

    private static Arbitrary<List<QuestionAnswer>> answers(Challenge challenge) {
        List<Arbitrary<QuestionAnswer>> perQuestion = new ArrayList<>();
        for (Question question : challenge.questions()) {
            perQuestion.add(Combinators.combine(answerText(question.answerFormat()), paragraphIds(challenge), confidences())
                    .as((answer, citation, confidence) -> new QuestionAnswer(question.id(), answer, citation, confidence)));
        }
        return Combinators.combine(perQuestion).as(List::copyOf);
    }

    private static Arbitrary<String> answerText(AnswerFormat format) {
        return switch (format.type()) {
            case NUMBER -> Arbitraries.oneOf(Arbitraries.integers().between(0, 5_000_000).map(String::valueOf),
                    Arbitraries.integers().between(0, 100_000).map(i -> BigDecimal.valueOf(i, 2).toPlainString()));
            case ENTITY -> Arbitraries.of(SampleText.ENTITIES);
            case TEXT -> Arbitraries.of(SampleText.PEOPLE);
        };
    }

    private static Arbitrary<BigDecimal> confidences() {
        return Arbitraries.integers().between(0, 100).map(percent -> BigDecimal.valueOf(percent, 2)).injectNull(0.2);
    }

    private static Arbitrary<String> paragraphIds(Challenge challenge) {
        return Arbitraries.of(challenge.paragraphs().stream().map(Paragraph::id).toList());
    }

    private static Arbitrary<TraceStep> traceStep(Challenge challenge) {
        Arbitrary<TraceStep> extract = Combinators.combine(Arbitraries.of(SampleText.ENTITIES),
                        Arbitraries.of(SampleText.ATTRIBUTES), Arbitraries.integers().between(0, 100_000),
                        paragraphIds(challenge))
                .as((entity, attribute, value, source) -> new ExtractFactStep(entity, attribute, String.valueOf(value), source));
        List<String> computable = COMPUTED_OPERATIONS.stream().filter(challenge.traceRules().operations()::contains).toList();
        if (computable.isEmpty()) {
            return extract;
        }
        Arbitrary<TraceStep> compute = Combinators.combine(Arbitraries.of(computable),
                        Arbitraries.longs().between(-10_000, 10_000), Arbitraries.longs().between(-10_000, 10_000))
                .as((op, a, b) -> new ComputeStep(op, List.of(String.valueOf(a), String.valueOf(b)), compute(op, a, b)));
        return Arbitraries.frequencyOf(Tuple.of(3, extract), Tuple.of(1, compute));
    }

    private static String compute(String op, long a, long b) {
        BigInteger x = BigInteger.valueOf(a);
        BigInteger y = BigInteger.valueOf(b);
        BigInteger result = switch (op) {
            case "add" -> x.add(y);
            case "subtract" -> x.subtract(y);
            case "multiply" -> x.multiply(y);
            case "max" -> x.max(y);
            case "min" -> x.min(y);
            default -> throw new IllegalArgumentException("not computed here: " + op);
        };
        return result.toString();
    }

    private static Arbitrary<String> paragraphText() {
        Arbitrary<String> sentence = Arbitraries.of(SampleText.LATIN_WORDS).list().ofMinSize(3).ofMaxSize(10)
                .map(words -> {
                    String text = String.join(" ", words);
                    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
                });
        return sentence.list().ofMinSize(1).ofMaxSize(3).map(sentences -> String.join(" ", sentences));
    }

    /** A question before it is given its id. */
    private record QuestionDraft(String text, QuestionCategory category, int hops, AnswerFormat format) {
        Question numbered(int number) {
            return new Question("q" + number, text, category, hops, format);
        }
    }

    private static Arbitrary<QuestionDraft> questionDraft() {
        Arbitrary<AnswerFormat> formats = Arbitraries.of(AnswerType.class).flatMap(type -> switch (type) {
            case ENTITY -> Arbitraries.just(AnswerFormat.entity());
            case TEXT -> Arbitraries.just(AnswerFormat.text());
            case NUMBER -> Combinators.combine(Arbitraries.of("USD", "employees", "percent", ""),
                            Arbitraries.of(Tolerance.absolute("0"), Tolerance.absolute("0.5"), Tolerance.relative("0.01")))
                    .as(AnswerFormat::number);
        });
        return Combinators.combine(Arbitraries.of(SampleText.QUESTIONS), Arbitraries.of(QuestionCategory.class),
                        Arbitraries.integers().between(1, Question.MAX_HOPS), formats)
                .as(QuestionDraft::new);
    }

    private record QuestionsAndConstraints(List<Question> questions, List<Constraint> constraints) {
    }

    private static Arbitrary<List<Constraint>> constraints(List<Question> questions) {
        List<String> ids = questions.stream().map(Question::id).toList();
        Arbitrary<List<String>> refs = Arbitraries.of(ids).list().uniqueElements().ofMinSize(1).ofMaxSize(Math.min(2, ids.size()));
        Arbitrary<ConstraintDraft> draft = Combinators.combine(Arbitraries.of(ConstraintKind.class), refs)
                .as(ConstraintDraft::new);
        return draft.list().ofMaxSize(4).map(drafts -> {
            List<Constraint> numbered = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                numbered.add(drafts.get(i).numbered(i + 1));
            }
            return numbered;
        });
    }

    /** A constraint before it is given its id. */
    private record ConstraintDraft(ConstraintKind kind, List<String> questionRefs) {
        Constraint numbered(int number) {
            return new Constraint("c" + number, kind, ruleText(kind, questionRefs), questionRefs);
        }
    }

    private static String ruleText(ConstraintKind kind, List<String> refs) {
        String answers = String.join(" and ", refs);
        return switch (kind) {
            case WORD_COUNT -> "The artifact has as many words as the answer to " + answers + " modulo 7, plus 3.";
            case INCLUDES_ATTRIBUTE -> "The artifact includes the headquarters city of the answer to " + answers + ".";
            case PRIME -> "The artifact includes the smallest prime above the answer to " + answers + ".";
            case EQUATION -> "The artifact includes an equation A+B=C whose terms derive from " + answers + ".";
            case ACROSTIC -> "The initials of the artifact's words spell the initials of the answers to " + answers + ".";
            case FORBIDDEN_LETTER -> "The artifact avoids the first letter of the answer to " + answers + ".";
        };
    }

    private static ContentHashes hashes(List<Paragraph> paragraphs, QuestionsAndConstraints qc) {
        StringBuilder document = new StringBuilder();
        paragraphs.forEach(p -> document.append(p.id()).append('\n').append(p.text()).append('\n'));
        StringBuilder questions = new StringBuilder();
        qc.questions().forEach(q -> questions.append(q.id()).append('\n').append(q.text()).append('\n'));
        StringBuilder constraints = new StringBuilder();
        qc.constraints().forEach(c -> constraints.append(c.id()).append('\n').append(c.text()).append('\n'));
        return new ContentHashes(sha256(document.toString()), sha256(questions.toString()), sha256(constraints.toString()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
