package io.dacr.core.json;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.CheckResult;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ConstraintValue;
import io.dacr.api.ContentHashes;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Fact;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Outcome;
import io.dacr.api.Paragraph;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.QuestionCategory;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.api.Trap;
import io.dacr.api.TrapKind;
import io.dacr.api.Verdict;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of valid values of every DACR type with a JSON form. Texts range over all of
 * Unicode (control characters, quotes, backslashes, supplementary characters), decimals over scales
 * that include trailing zeros and negative scales, so round trips are tested where they can break.
 */
final class ValueArbitraries {

    private static final BigInteger TWO_256 = BigInteger.TWO.pow(256);

    private ValueArbitraries() {
    }

    /** Any well-formed Unicode text, possibly empty. */
    static Arbitrary<String> text() {
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0, 0x7f);
        Arbitrary<Integer> special = Arbitraries.of((int) '"', (int) '\\', 0x2028, 0x00e9, 0x0131, 0x1f600, 0xfeff, 0);
        Arbitrary<Integer> any = Arbitraries.integers().between(0x80, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        return Arbitraries.frequencyOf(List.of(Tuple.of(6, ascii), Tuple.of(1, special), Tuple.of(2, any)))
                .list().ofMaxSize(10)
                .map(codePoints -> {
                    StringBuilder s = new StringBuilder();
                    codePoints.forEach(s::appendCodePoint);
                    return s.toString();
                });
    }

    /** Text with at least one non-whitespace character. */
    static Arbitrary<String> nonBlank() {
        return text().filter(s -> !s.isBlank());
    }

    static Arbitrary<String> identifier() {
        Arbitrary<String> head = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(5)
                .flatMap(rest -> Arbitraries.chars().range('a', 'z').map(first -> first + rest));
        Arbitrary<String> part = Combinators.combine(Arbitraries.of("-", "_"),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(4))
                .as(String::concat);
        return Combinators.combine(head, part.list().ofMaxSize(2)).as((h, parts) -> h + String.join("", parts));
    }

    static Arbitrary<String> hex(int digits) {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(digits);
    }

    static Arbitrary<String> bytes32() {
        return hex(64).map(h -> "0x" + h);
    }

    static Arbitrary<String> address() {
        return hex(40).map(h -> "0x" + h);
    }

    /** Decimals with scales from -6 to 12, so trailing zeros and exponents occur. */
    static Arbitrary<BigDecimal> decimal() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.valueOf(-10).pow(15), BigInteger.TEN.pow(15)),
                Arbitraries.integers().between(-6, 12)).as(BigDecimal::new);
    }

    static Arbitrary<BigDecimal> nonNegativeDecimal() {
        return decimal().map(BigDecimal::abs);
    }

    static Arbitrary<BigInteger> positiveAmount() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, TWO_256);
    }

    static <T> Arbitrary<T> optional(Arbitrary<T> value) {
        return value.injectNull(0.3);
    }

    // ---- challenge

    static Arbitrary<ChallengeId> challengeId() {
        return Combinators.combine(Arbitraries.integers().between(1, 1_000_000), identifier(), hex(16), identifier(),
                        Arbitraries.longs().between(0, Long.MAX_VALUE), hex(32))
                .as((version, domain, spec, namespace, index, mac) -> new ChallengeId(1, version, domain, spec, namespace, index, mac));
    }

    static Arbitrary<List<Paragraph>> paragraphs() {
        return numbered(nonBlank(), 1, 5, (i, text) -> new Paragraph(Paragraph.idOf(i), text));
    }

    static Arbitrary<Tolerance> tolerance() {
        return Combinators.combine(Arbitraries.of(Tolerance.Kind.class), nonNegativeDecimal()).as(Tolerance::new);
    }

    static Arbitrary<AnswerFormat> answerFormat() {
        return Arbitraries.oneOf(Arbitraries.just(AnswerFormat.entity()), Arbitraries.just(AnswerFormat.text()),
                Combinators.combine(text(), tolerance()).as(AnswerFormat::number));
    }

    static Arbitrary<List<Question>> questions() {
        Arbitrary<Question> anyId = Combinators.combine(nonBlank(), Arbitraries.of(QuestionCategory.class),
                        Arbitraries.integers().between(1, Question.MAX_HOPS), answerFormat())
                .as((text, category, hops, format) -> new Question("q1", text, category, hops, format));
        return anyId.list().ofMinSize(1).ofMaxSize(4).map(qs -> renumber(qs,
                (i, q) -> new Question("q" + i, q.text(), q.category(), q.hops(), q.answerFormat())));
    }

    static Arbitrary<List<Constraint>> constraints() {
        Arbitrary<Constraint> anyId = Combinators.combine(Arbitraries.of(ConstraintKind.class), nonBlank(), text().list().ofMaxSize(3))
                .as((kind, text, refs) -> new Constraint("c1", kind, text, refs));
        return anyId.list().ofMaxSize(4).map(cs -> renumber(cs, (i, c) -> new Constraint("c" + i, c.kind(), c.text(), c.questionRefs())));
    }

    static Arbitrary<TraceRules> traceRules() {
        return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.integers().between(0, 500),
                        text().list().ofMaxSize(4), Arbitraries.of(true, false))
                .as((min, extra, ops, checked) -> new TraceRules(min, min + extra, ops, checked));
    }

    static Arbitrary<Challenge> challenge() {
        return Combinators.combine(challengeId(), paragraphs(), questions(), constraints(), traceRules())
                .as((id, paragraphs, questions, constraints, rules) -> new Challenge(id, id.domainId(), id.generatorVersion(),
                        paragraphs, questions, constraints, rules, ContentHashes.of(paragraphs, questions, constraints)));
    }

    // ---- answer key

    static Arbitrary<GenerationSpec> generationSpec() {
        Arbitrary<String> knobValue = nonBlank().filter(v -> v.equals(v.strip()) && v.indexOf('\n') < 0 && v.indexOf('=') < 0);
        return Combinators.combine(identifier(), sortedMap(identifier(), knobValue)).as(GenerationSpec::new);
    }

    static Arbitrary<List<Fact>> facts() {
        Arbitrary<Fact> anyId = Combinators.combine(nonBlank(), nonBlank(), nonBlank(), text())
                .as((entity, attribute, value, unit) -> new Fact("f1", entity, attribute, value, unit));
        return anyId.list().ofMaxSize(4).map(fs -> renumber(fs, (i, f) -> new Fact("f" + i, f.entity(), f.attribute(), f.value(), f.unit())));
    }

    static Arbitrary<ReasoningHop> reasoningHop() {
        return Combinators.combine(nonBlank(), text().list().ofMaxSize(3), text().list().ofMaxSize(3), nonBlank())
                .as(ReasoningHop::new);
    }

    static Arbitrary<GoldAnswer> goldAnswer() {
        return Combinators.combine(nonBlank(), nonBlank(), text().list().ofMaxSize(3), reasoningHop().list().ofMinSize(1).ofMaxSize(3),
                optional(text())).as(GoldAnswer::new);
    }

    static Arbitrary<ConstraintValue> constraintValue() {
        return Combinators.combine(nonBlank(), sortedMap(nonBlank(), text()), optional(text())).as(ConstraintValue::new);
    }

    static Arbitrary<List<Trap>> traps() {
        Arbitrary<Trap> anyId = Combinators.combine(Arbitraries.of(TrapKind.class), nonBlank(), nonBlank(), nonBlank(),
                        text().list().ofMinSize(1).ofMaxSize(3), nonBlank())
                .as((kind, target, correct, wrong, paragraphs, cue) -> new Trap("t1", kind, target, correct,
                        wrong.equals(correct) ? wrong + "!" : wrong, paragraphs, cue));
        return anyId.list().ofMaxSize(3).map(ts -> renumber(ts, (i, t) -> new Trap("t" + i, t.kind(), t.targetFactId(),
                t.correctValue(), t.wrongValue(), t.paragraphIds(), t.cue())));
    }

    static Arbitrary<GroundingIndex> grounding() {
        Arbitrary<GroundedMention> mention = Combinators.combine(Arbitraries.integers().between(1, 999), nonBlank(), nonBlank(), nonBlank())
                .as((paragraph, fact, alias, surface) -> new GroundedMention(Paragraph.idOf(paragraph), fact, alias, surface));
        return mention.list().ofMaxSize(4).map(GroundingIndex::new);
    }

    static Arbitrary<Provenance> provenance() {
        return Combinators.combine(Arbitraries.integers().between(1, 1000), identifier(), hex(64), generationSpec(), identifier(),
                Arbitraries.longs().between(0, Long.MAX_VALUE), nonBlank()).as(Provenance::new);
    }

    static Arbitrary<AnswerKey> answerKey() {
        return Combinators.combine(challengeId(), facts(), goldAnswer().list().ofMaxSize(3), constraintValue().list().ofMaxSize(3),
                traps(), grounding(), provenance()).as(AnswerKey::new);
    }

    // ---- submission, verdict, attempt

    static Arbitrary<QuestionAnswer> questionAnswer() {
        return Combinators.combine(text(), text(), optional(text()), optional(decimal())).as(QuestionAnswer::new);
    }

    static Arbitrary<TraceStep> traceStep() {
        Arbitrary<TraceStep> extract = Combinators.combine(text(), text(), text(), text()).as(ExtractFactStep::new);
        Arbitrary<TraceStep> compute = Combinators.combine(text(), text().list().ofMaxSize(3), text()).as(ComputeStep::new);
        return Arbitraries.oneOf(extract, compute);
    }

    static Arbitrary<Submission> submission() {
        return Combinators.combine(text(), text(), questionAnswer().list().ofMaxSize(3), traceStep().list().ofMaxSize(4))
                .as(Submission::new);
    }

    static Arbitrary<CheckResult> checkResult() {
        return Combinators.combine(nonBlank(), Arbitraries.of(Outcome.class), text()).as(CheckResult::new);
    }

    static Arbitrary<Verdict> verdict() {
        return Combinators.combine(text(), Arbitraries.of(Outcome.PASS, Outcome.FAIL, Outcome.MALFORMED),
                checkResult().list().ofMaxSize(3), checkResult().list().ofMaxSize(3), checkResult(), text()).as(Verdict::new);
    }

    /** Instants of years 1970 to 9999, with 0, 3, 6 or 9 fraction digits. */
    static Arbitrary<Instant> instant() {
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(Arbitraries.longs().between(0, 253_402_300_799L), nanos).as(Instant::ofEpochSecond);
    }

    static Arbitrary<Duration> duration() {
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(Arbitraries.longs().between(0, 10_000_000_000L), nanos).as(Duration::ofSeconds);
    }

    static Arbitrary<Attempt> attempt() {
        Arbitrary<Tuple.Tuple4<String, String, Integer, String>> who = Combinators.combine(nonBlank(), nonBlank(),
                Arbitraries.integers().between(1, 10), nonBlank()).as(Tuple::of);
        return Combinators.combine(who, submission(), verdict(), text(), instant(), duration())
                .as((w, submission, verdict, feedback, at, elapsed) -> new Attempt(w.get1(), w.get2(), w.get3(), w.get4(),
                        submission, verdict, feedback, at, elapsed));
    }

    // ---- rewards

    static Arbitrary<Receipt> receipt() {
        Arbitrary<List<String>> hashes = bytes32().list().ofSize(5);
        return Combinators.combine(address(), Arbitraries.longs().between(0, Long.MAX_VALUE),
                        Arbitraries.longs().between(0, Long.MAX_VALUE), hashes, nonBlank(), Arbitraries.integers().between(1, 100),
                        positiveAmount())
                .as((miner, epoch, solve, h, challenge, rules, credits) -> new Receipt(miner, epoch, solve, h.get(0), challenge,
                        h.get(1), h.get(2), h.get(3), h.get(4), rules, credits));
    }

    static Arbitrary<Distribution> distribution() {
        Arbitrary<Allocation> allocation = Combinators.combine(address(), positiveAmount(),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, TWO_256)).as(Allocation::new);
        Arbitrary<List<Allocation>> sorted = allocation.list().ofMaxSize(4).uniqueElements(Allocation::miner)
                .map(list -> list.stream().sorted((a, b) -> a.miner().compareTo(b.miner())).toList());
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.of(DistributionMode.class), sorted,
                        Arbitraries.bigIntegers().between(BigInteger.ZERO, TWO_256))
                .as((epoch, mode, allocations, retained) -> {
                    BigInteger kept = mode == DistributionMode.LARGEST_REMAINDER && !allocations.isEmpty() ? BigInteger.ZERO : retained;
                    BigInteger pool = allocations.stream().map(Allocation::amount).reduce(kept, BigInteger::add);
                    return new Distribution(epoch, mode, pool, allocations, kept);
                });
    }

    static Arbitrary<Epoch> epoch() {
        Arbitrary<String> secret = hex(2).list().ofMinSize(1).ofMaxSize(32).map(bytes -> "0x" + String.join("", bytes));
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.of(EpochState.class), bytes32(),
                        optional(secret))
                .as((id, state, commitment, revealed) -> new Epoch(id, state, commitment, state == EpochState.OPEN ? null : revealed));
    }

    // ---- helpers

    /** Up to 3 entries. Built from a list of pairs: jqwik's map arbitraries are slow with these keys. */
    private static Arbitrary<SortedMap<String, String>> sortedMap(Arbitrary<String> keys, Arbitrary<String> values) {
        return Combinators.combine(keys, values).as(Tuple::of).list().ofMaxSize(3).map(entries -> {
            SortedMap<String, String> map = new TreeMap<>();
            entries.forEach(e -> map.put(e.get1(), e.get2()));
            return map;
        });
    }

    private static <A, T> Arbitrary<List<T>> numbered(Arbitrary<A> content, int min, int max, NumberedFactory<A, T> factory) {
        return content.list().ofMinSize(min).ofMaxSize(max).map(items -> {
            List<T> numbered = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                numbered.add(factory.create(i + 1, items.get(i)));
            }
            return numbered;
        });
    }

    private static <T> List<T> renumber(List<T> items, NumberedFactory<T, T> factory) {
        List<T> numbered = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            numbered.add(factory.create(i + 1, items.get(i)));
        }
        return numbered;
    }

    @FunctionalInterface
    private interface NumberedFactory<A, T> {
        T create(int number, A content);
    }
}
