package io.dacr.generator.internal.constraint;

import io.dacr.api.internal.LetterFold;
import io.dacr.api.AnswerType;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ConstraintValue;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.AttributeType;
import io.dacr.generator.internal.question.PlannedQuestion;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.world.Entity;
import io.dacr.generator.internal.world.World;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the constraints on the answer artifact from the gold answers. Numeric derivations use
 * integer answers only, so every step is exact. Where a constraint derives from a trap-targeted
 * question, the value a trapped solver would derive is recorded and must differ from the true one
 * (a candidate where they coincide is rejected). Uses the {@code constraints} stream.
 *
 * <p>Derivations, public in the constraint texts:
 * <ul>
 *   <li>word count: {@code (x mod 10) + 20};</li>
 *   <li>prime: the smallest prime greater than {@code (x mod 100) + 11};</li>
 *   <li>equation: {@code A = (x mod 90) + 10}, {@code B = (y mod 90) + 10}, {@code C = A + B}, written {@code A+B=C};</li>
 *   <li>acrostic: the first letters of two or three entity or text answers;</li>
 *   <li>includes attribute: a categorical, place or person value of the entity answering a question;</li>
 *   <li>forbidden letter: the last letter of an entity or text answer, absent from everything the
 *       artifact must contain.</li>
 * </ul>
 */
public final class ConstraintPlanner {

    /** The kinds in the order a challenge takes them; beyond these, the repeatable kinds cycle. */
    private static final List<ConstraintKind> ORDER = List.of(ConstraintKind.WORD_COUNT, ConstraintKind.PRIME,
            ConstraintKind.ACROSTIC, ConstraintKind.FORBIDDEN_LETTER, ConstraintKind.EQUATION,
            ConstraintKind.INCLUDES_ATTRIBUTE, ConstraintKind.PRIME, ConstraintKind.EQUATION);
    private static final List<ConstraintKind> REPEATABLE = List.of(ConstraintKind.INCLUDES_ATTRIBUTE,
            ConstraintKind.PRIME, ConstraintKind.EQUATION);

    private final World world;
    private final List<PlannedQuestion> questions;
    private final Xoshiro256 rng;
    private final Map<String, Integer> uses = new HashMap<>();
    /** Everything the artifact must contain so far, so the forbidden letter can avoid it. */
    private final StringBuilder required = new StringBuilder();
    private boolean hasWordCount;
    private boolean hasAcrostic;

    private ConstraintPlanner(World world, List<PlannedQuestion> questions, Xoshiro256 rng) {
        this.world = world;
        this.questions = questions;
        this.rng = rng;
    }

    /**
     * @param world the world
     * @param questions the questions
     * @param count how many constraints
     * @param seeds the item's seeds
     * @return the constraints, ids {@code c1}… (fewer if the answers cannot support that many)
     */
    public static List<PlannedConstraint> plan(World world, List<PlannedQuestion> questions, int count, SeedDerivation seeds) {
        return new ConstraintPlanner(world, questions, seeds.stream("constraints", 0)).plan(count);
    }

    private List<PlannedConstraint> plan(int count) {
        List<ConstraintKind> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            kinds.add(i < ORDER.size() ? ORDER.get(i) : REPEATABLE.get((i - ORDER.size()) % REPEATABLE.size()));
        }
        // The forbidden letter is chosen last, so it can avoid every letter the others require.
        Map<Integer, PlannedConstraint> byPosition = new TreeMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < kinds.size(); i++) {
                boolean forbidden = kinds.get(i) == ConstraintKind.FORBIDDEN_LETTER;
                if (forbidden != (pass == 1)) {
                    continue;
                }
                PlannedConstraint c = build(kinds.get(i), "c" + (i + 1));
                for (int f = 0; c == null && f < REPEATABLE.size(); f++) {
                    c = build(REPEATABLE.get((i + f) % REPEATABLE.size()), "c" + (i + 1));
                }
                if (c != null) {
                    byPosition.put(i, c);
                }
            }
        }
        // Renumber so ids stay c1, c2, … without gaps.
        List<PlannedConstraint> out = new ArrayList<>();
        for (PlannedConstraint c : byPosition.values()) {
            String id = "c" + (out.size() + 1);
            Constraint old = c.constraint();
            out.add(new PlannedConstraint(new Constraint(id, old.kind(), old.text(), old.questionRefs()),
                    new ConstraintValue(id, c.value().expected(), c.value().trappedValue()), c.derivation()));
        }
        return List.copyOf(out);
    }

    private PlannedConstraint build(ConstraintKind kind, String id) {
        return switch (kind) {
            case WORD_COUNT -> wordCount(id);
            case PRIME -> prime(id);
            case EQUATION -> equation(id);
            case ACROSTIC -> acrostic(id);
            case INCLUDES_ATTRIBUTE -> includes(id);
            case FORBIDDEN_LETTER -> forbidden(id);
        };
    }

    private PlannedConstraint wordCount(String id) {
        if (hasWordCount) {
            return null;
        }
        for (PlannedQuestion q : candidates(this::integerAnswer)) {
            long n = q.number().longValueExact() % 10 + 20;
            String trapped = null;
            if (trappedInteger(q) != null) {
                long t = trappedInteger(q) % 10 + 20;
                if (t == n) {
                    continue;
                }
                trapped = Long.toString(t);
            }
            hasWordCount = true;
            use(q);
            String x = q.gold().canonical();
            List<ComputeStep> steps = List.of(new ComputeStep("mod", List.of(x, "10"), Long.toString(n - 20)),
                    new ComputeStep("add", List.of(Long.toString(n - 20), "20"), Long.toString(n)));
            return planned(id, ConstraintKind.WORD_COUNT, "The artifact has exactly N words, where N is (the answer to "
                    + q.question().id() + " mod 10) + 20.", List.of(q), map("count", Long.toString(n)), trapped, steps);
        }
        return null;
    }

    private PlannedConstraint prime(String id) {
        for (PlannedQuestion q : candidates(this::integerAnswer)) {
            long p = primeOf(q.number().longValueExact());
            String trapped = null;
            if (trappedInteger(q) != null) {
                long t = primeOf(trappedInteger(q));
                if (t == p) {
                    continue;
                }
                trapped = Long.toString(t);
            }
            use(q);
            long r = q.number().longValueExact() % 100;
            List<ComputeStep> steps = List.of(new ComputeStep("mod", List.of(q.gold().canonical(), "100"), Long.toString(r)),
                    new ComputeStep("add", List.of(Long.toString(r), "11"), Long.toString(r + 11)),
                    new ComputeStep("next_prime", List.of(Long.toString(r + 11)), Long.toString(p)));
            return planned(id, ConstraintKind.PRIME, "The artifact contains, as a word, the smallest prime greater than (the answer to "
                    + q.question().id() + " mod 100) + 11.", List.of(q), map("prime", Long.toString(p)), trapped, steps);
        }
        return null;
    }

    private static long primeOf(long x) {
        return Primes.nextPrime(x % 100 + 11);
    }

    private PlannedConstraint equation(String id) {
        List<PlannedQuestion> options = candidates(this::integerAnswer);
        if (options.isEmpty()) {
            return null;
        }
        // Generator v6: the first pair of operands, in candidate order, whose trapped equation differs
        // from the true one (generator v5 tried only the first pair and fell back to another kind).
        PlannedQuestion qa = null;
        PlannedQuestion qb = null;
        for (int i = 0; i < options.size() && qa == null; i++) {
            for (int j = options.size() > 1 ? 0 : -1; j < options.size() && qa == null; j++) {
                PlannedQuestion x = options.get(i);
                PlannedQuestion y = j < 0 ? x : options.get(j);
                if (j != i && equationHolds(x, y)) {
                    qa = x;
                    qb = y;
                }
            }
        }
        if (qa == null) {
            return null;
        }
        long a = qa.number().longValueExact() % 90 + 10;
        long b = qb.number().longValueExact() % 90 + 10;
        String truth = a + "+" + b + "=" + (a + b);
        String trapped = null;
        if (trappedInteger(qa) != null || trappedInteger(qb) != null) {
            long ta = trappedInteger(qa) != null ? trappedInteger(qa) % 90 + 10 : a;
            long tb = trappedInteger(qb) != null ? trappedInteger(qb) % 90 + 10 : b;
            trapped = ta + "+" + tb + "=" + (ta + tb);
            // The check stays the final gate.
            if (trapped.equals(truth)) {
                return null;
            }
        }
        use(qa);
        use(qb);
        List<ComputeStep> steps = List.of(
                new ComputeStep("mod", List.of(qa.gold().canonical(), "90"), Long.toString(a - 10)),
                new ComputeStep("add", List.of(Long.toString(a - 10), "10"), Long.toString(a)),
                new ComputeStep("mod", List.of(qb.gold().canonical(), "90"), Long.toString(b - 10)),
                new ComputeStep("add", List.of(Long.toString(b - 10), "10"), Long.toString(b)),
                new ComputeStep("add", List.of(Long.toString(a), Long.toString(b)), Long.toString(a + b)));
        String text = "The artifact contains, as one word without spaces, the equation A+B=C where A = (the answer to "
                + qa.question().id() + " mod 90) + 10, B = (the answer to " + qb.question().id()
                + " mod 90) + 10 and C = A + B.";
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put("a", Long.toString(a));
        expected.put("b", Long.toString(b));
        expected.put("c", Long.toString(a + b));
        return planned(id, ConstraintKind.EQUATION, text, qa == qb ? List.of(qa) : List.of(qa, qb), expected, trapped, steps);
    }

    /** @return true unless the equation from (qa, qb) depends on a trap and a trapped solver derives it unchanged */
    private static boolean equationHolds(PlannedQuestion qa, PlannedQuestion qb) {
        Long ta = trappedInteger(qa);
        Long tb = trappedInteger(qb);
        if (ta == null && tb == null) {
            return true;
        }
        long a = qa.number().longValueExact() % 90 + 10;
        long b = qb.number().longValueExact() % 90 + 10;
        long wa = ta != null ? ta % 90 + 10 : a;
        long wb = tb != null ? tb % 90 + 10 : b;
        return wa != a || wb != b;
    }

    private PlannedConstraint acrostic(String id) {
        if (hasAcrostic) {
            return null;
        }
        List<PlannedQuestion> options = candidates(q -> initial(q.gold().canonical()) != null && isNamed(q));
        if (options.size() < 2) {
            return null;
        }
        List<PlannedQuestion> chosen = options.subList(0, Math.min(3, options.size()));
        StringBuilder letters = new StringBuilder();
        StringBuilder trapped = new StringBuilder();
        boolean trapDependent = false;
        for (PlannedQuestion q : chosen) {
            String letter = initial(q.gold().canonical());
            letters.append(letter);
            String t = q.trappedAnswer() == null ? null : initial(q.trappedAnswer());
            trapDependent |= t != null;
            trapped.append(t != null ? t : letter);
        }
        if (trapDependent && trapped.toString().equals(letters.toString())) {
            return null;
        }
        hasAcrostic = true;
        chosen.forEach(this::use);
        required.append(letters);
        String refs = refList(chosen);
        String text = "The first " + chosen.size() + " words of the artifact start, in order, with the first letters of the answers to "
                + refs + " (as full names).";
        return planned(id, ConstraintKind.ACROSTIC, text, chosen, map("letters", letters.toString()),
                trapDependent ? trapped.toString() : null, List.of());
    }

    private PlannedConstraint includes(String id) {
        for (PlannedQuestion q : candidates(q -> q.entity() != null)) {
            List<Attribute> attributes = q.entity().kind().attributes().stream()
                    .filter(a -> a.type() == AttributeType.CATEGORICAL || a.type() == AttributeType.PLACE
                            || a.type() == AttributeType.PERSON).toList();
            if (attributes.isEmpty()) {
                continue;
            }
            Attribute a = rng.pick(attributes);
            String value = q.entity().value(a.id());
            String trapped = null;
            if (q.trappedAnswer() != null) {
                Entity wrong = byName(q.trappedAnswer());
                trapped = wrong == null ? null : wrong.value(a.id());
                if (value.equals(trapped)) {
                    continue;
                }
            }
            use(q);
            required.append(' ').append(value);
            String text = "The artifact includes the " + a.label() + " of the " + q.entity().kind().singular()
                    + " that answers " + q.question().id() + ".";
            return planned(id, ConstraintKind.INCLUDES_ATTRIBUTE, text, List.of(q), map("value", value), trapped, List.of());
        }
        return null;
    }

    private PlannedConstraint forbidden(String id) {
        // Letters are compared as the verifier compares them (LetterFold): a dotless 'ı' is an 'i'.
        String taken = required.toString();
        for (PlannedQuestion q : candidates(q -> isNamed(q) && last(q.gold().canonical()) != null)) {
            String letter = last(q.gold().canonical());
            if (LetterFold.contains(taken, letter)) {
                continue;
            }
            String trapped = q.trappedAnswer() == null ? null : last(q.trappedAnswer());
            if (trapped != null && LetterFold.fold(letter).equals(LetterFold.fold(trapped))) {
                continue;
            }
            use(q);
            String text = "The artifact does not contain the last letter of the answer to " + q.question().id()
                    + " (as a full name), in upper or lower case.";
            return planned(id, ConstraintKind.FORBIDDEN_LETTER, text, List.of(q), map("letter", letter), trapped, List.of());
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Questions that fit, least-used first, trap-targeted first among equals, otherwise in a drawn order. */
    private List<PlannedQuestion> candidates(java.util.function.Predicate<PlannedQuestion> fits) {
        List<PlannedQuestion> out = new ArrayList<>(questions.size());
        for (PlannedQuestion q : questions) {
            if (fits.test(q)) {
                out.add(q);
            }
        }
        rng.shuffle(out);
        // A stable sort by (uses, untrapped), as List.sort with comparingInt(uses).thenComparingInt(untrapped)
        // gives, with each question's key looked up once instead of twice per comparison: an insertion
        // sort (stable) of a handful of questions. Uses are small counts, so uses * 2 + untrapped orders
        // exactly as the pair does.
        int n = out.size();
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            PlannedQuestion q = out.get(i);
            keys[i] = uses.getOrDefault(q.question().id(), 0) * 2 + (q.trappedAnswer() != null ? 0 : 1);
        }
        for (int i = 1; i < n; i++) {
            PlannedQuestion q = out.get(i);
            int key = keys[i];
            int j = i;
            while (j > 0 && keys[j - 1] > key) {
                keys[j] = keys[j - 1];
                out.set(j, out.get(j - 1));
                j--;
            }
            keys[j] = key;
            out.set(j, q);
        }
        return out;
    }

    private void use(PlannedQuestion q) {
        uses.merge(q.question().id(), 1, Integer::sum);
    }

    private boolean integerAnswer(PlannedQuestion q) {
        return q.number() != null && q.number().signum() >= 0 && q.number().stripTrailingZeros().scale() <= 0;
    }

    private static Long trappedInteger(PlannedQuestion q) {
        if (q.trappedAnswer() == null || q.number() == null) {
            return null;
        }
        BigDecimal t = new BigDecimal(q.trappedAnswer());
        return t.signum() >= 0 && t.stripTrailingZeros().scale() <= 0 ? t.longValueExact() : null;
    }

    private static boolean isNamed(PlannedQuestion q) {
        AnswerType type = q.question().answerFormat().type();
        return type == AnswerType.ENTITY || type == AnswerType.TEXT;
    }

    private static String initial(String text) {
        int cp = text.codePointAt(0);
        return Character.isLetter(cp) ? new String(Character.toChars(Character.toUpperCase(cp))) : null;
    }

    private static String last(String text) {
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            if (Character.isLetter(cp)) {
                return new String(Character.toChars(Character.toLowerCase(cp)));
            }
            i -= Character.charCount(cp);
        }
        return null;
    }

    private Entity byName(String canonical) {
        for (Entity e : world.entities()) {
            if (e.canonical().equals(canonical)) {
                return e;
            }
        }
        return null;
    }

    private static String refList(List<PlannedQuestion> qs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < qs.size(); i++) {
            if (i > 0) {
                out.append(i == qs.size() - 1 ? " and " : ", ");
            }
            out.append(qs.get(i).question().id());
        }
        return out.toString();
    }

    private static TreeMap<String, String> map(String key, String value) {
        TreeMap<String, String> m = new TreeMap<>();
        m.put(key, value);
        return m;
    }

    private static PlannedConstraint planned(String id, ConstraintKind kind, String text, List<PlannedQuestion> refs,
                                             TreeMap<String, String> expected, String trapped, List<ComputeStep> steps) {
        List<String> ids = new ArrayList<>();
        for (PlannedQuestion q : refs) {
            ids.add(q.question().id());
        }
        return new PlannedConstraint(new Constraint(id, kind, text, ids), new ConstraintValue(id, expected, trapped), steps);
    }
}
