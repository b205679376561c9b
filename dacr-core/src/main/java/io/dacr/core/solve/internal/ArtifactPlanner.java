package io.dacr.core.solve.internal;

import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.TraceStep;
import io.dacr.core.solve.internal.Knowledge.Value;
import io.dacr.core.solve.internal.Reasoner.Answer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the artifact from a solver's own answers: derives each constraint's parameters as the
 * constraint's public text says (word count, prime, equation, acrostic, included attribute,
 * forbidden letter), records the arithmetic as {@code compute_logic} steps, and writes a one-line
 * artifact that satisfies those derived parameters where they are compatible: acrostic words first,
 * then included values, primes and equations, then padding free of the forbidden letter up to the
 * word count. A constraint whose question the solver left unanswered is skipped.
 */
final class ArtifactPlanner {

    private static final List<String> PADDING = List.of("and", "then", "so", "we", "go", "it", "is", "done", "now",
            "yes", "up", "by", "my", "fun", "run", "all", "in", "on", "to", "be");
    private static final Pattern EQUATION = Pattern.compile("A = \\(the answer to (q[0-9]+) mod 90\\) \\+ 10, "
            + "B = \\(the answer to (q[0-9]+) mod 90\\) \\+ 10");
    private static final Pattern INCLUDES = Pattern.compile("^The artifact includes the (.+) of the (.+) that answers (q[0-9]+)\\.$");

    private final PackGrammar grammar;
    private final Knowledge knowledge;
    private final Map<String, Answer> answers;
    private final List<TraceStep> steps = new ArrayList<>();

    ArtifactPlanner(PackGrammar grammar, Knowledge knowledge, Map<String, Answer> answers) {
        this.grammar = grammar;
        this.knowledge = knowledge;
        this.answers = answers;
    }

    /** @return the compute steps of the derivations made by {@link #build} */
    List<TraceStep> steps() {
        return steps;
    }

    /**
     * @param constraints the challenge's constraints
     * @return the artifact
     */
    String build(List<Constraint> constraints) {
        List<String> words = new ArrayList<>();
        List<String> middle = new ArrayList<>();
        String forbidden = null;
        Integer count = null;
        for (Constraint c : constraints) {
            switch (c.kind()) {
                case WORD_COUNT -> {
                    Long x = integer(c.questionRefs().get(0));
                    if (x != null) {
                        long r = x % 10;
                        steps.add(new ComputeStep("mod", List.of(Long.toString(x), "10"), Long.toString(r)));
                        steps.add(new ComputeStep("add", List.of(Long.toString(r), "20"), Long.toString(r + 20)));
                        count = (int) (r + 20);
                    }
                }
                case PRIME -> {
                    Long x = integer(c.questionRefs().get(0));
                    if (x != null) {
                        long r = x % 100;
                        long p = BigInteger.valueOf(r + 11).nextProbablePrime().longValueExact();
                        steps.add(new ComputeStep("mod", List.of(Long.toString(x), "100"), Long.toString(r)));
                        steps.add(new ComputeStep("add", List.of(Long.toString(r), "11"), Long.toString(r + 11)));
                        steps.add(new ComputeStep("next_prime", List.of(Long.toString(r + 11)), Long.toString(p)));
                        middle.add(Long.toString(p));
                    }
                }
                case EQUATION -> {
                    Matcher m = EQUATION.matcher(c.text());
                    Long a = m.find() ? integer(m.group(1)) : null;
                    Long b = a != null ? integer(m.group(2)) : null;
                    if (a != null && b != null) {
                        long ea = term(a);
                        long eb = term(b);
                        steps.add(new ComputeStep("add", List.of(Long.toString(ea), Long.toString(eb)), Long.toString(ea + eb)));
                        middle.add(ea + "+" + eb + "=" + (ea + eb));
                    }
                }
                case ACROSTIC -> {
                    List<String> initials = new ArrayList<>();
                    for (String q : c.questionRefs()) {
                        String name = name(q);
                        if (name == null || !Character.isLetter(name.codePointAt(0))) {
                            initials = null;
                            break;
                        }
                        initials.add(new String(Character.toChars(Character.toUpperCase(name.codePointAt(0)))));
                    }
                    if (initials != null) {
                        words.addAll(0, initials);
                    }
                }
                case INCLUDES_ATTRIBUTE -> {
                    Matcher m = INCLUDES.matcher(c.text());
                    if (m.matches()) {
                        Answer owner = answers.get(m.group(3));
                        Value v = owner == null ? null : knowledge.get(owner.text(), grammar.byLabel(m.group(1)));
                        if (v != null) {
                            for (String w : v.answer().trim().split("\\s+")) {
                                middle.add(w);
                            }
                        }
                    }
                }
                case FORBIDDEN_LETTER -> {
                    String name = name(c.questionRefs().get(0));
                    forbidden = name == null ? null : lastLetter(name);
                }
                default -> {
                }
            }
        }
        words.addAll(middle);
        List<String> padding = new ArrayList<>();
        for (String p : PADDING) {
            if (forbidden == null || !p.contains(forbidden)) {
                padding.add(p);
            }
        }
        if (padding.isEmpty()) {
            padding.add("1");
        }
        int target = count != null ? count : Math.max(words.size(), 1);
        for (int i = 0; words.size() < target; i++) {
            words.add(padding.get(i % padding.size()));
        }
        return String.join(" ", words);
    }

    /** (x mod 90) + 10, with its two steps. */
    private long term(long x) {
        long r = x % 90;
        steps.add(new ComputeStep("mod", List.of(Long.toString(x), "90"), Long.toString(r)));
        steps.add(new ComputeStep("add", List.of(Long.toString(r), "10"), Long.toString(r + 10)));
        return r + 10;
    }

    /** The answer to a question as a non-negative whole number, or null. */
    private Long integer(String questionId) {
        Answer a = answers.get(questionId);
        if (a == null || a.number() == null || a.number().signum() < 0) {
            return null;
        }
        BigDecimal n = a.number().stripTrailingZeros();
        if (n.scale() > 0) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The answer to a question as a full name or text, or null. */
    private String name(String questionId) {
        Answer a = answers.get(questionId);
        return a == null || a.number() != null || a.text().isBlank() ? null : a.text();
    }

    private static String lastLetter(String text) {
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            if (Character.isLetter(cp)) {
                return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            }
            i -= Character.charCount(cp);
        }
        return null;
    }
}
