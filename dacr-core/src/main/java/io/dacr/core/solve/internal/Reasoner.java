package io.dacr.core.solve.internal;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.TraceStep;
import io.dacr.core.solve.internal.Knowledge.Value;
import io.dacr.core.solve.internal.PackGrammar.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the questions of a challenge from a solver's {@link Knowledge}, category by category, the way
 * the question asks: a lookup along a chain of references, an argmax or argmin, a filter count, a sum
 * or a difference. Every value used becomes an {@code extract_fact} step citing the paragraph it was
 * read from, every operation a {@code compute_logic} step with the values it really combined. A
 * question the solver cannot parse or lacks a value for is left unanswered.
 */
final class Reasoner {

    /**
     * An answer with its reasoning.
     *
     * @param text the answer as submitted
     * @param number the answer as a number, for numeric answers
     * @param citation the paragraph of the last value used
     * @param steps the trace steps
     */
    record Answer(String text, BigDecimal number, String citation, List<TraceStep> steps) {
    }

    private static final Pattern AUTHORITATIVE = Pattern.compile(
            "^According to the most authoritative statement in the document, (?:what|who) is (the .+)\\?$");
    private static final Pattern LOOKUP = Pattern.compile("^(?:What|Who) is (the .+)\\?$");
    private static final Pattern AMONG = Pattern.compile("^Among (.+), which (.+?) has the (highest|lowest) (.+)\\?$");
    private static final Pattern EXCEED = Pattern.compile("^By how much does (the .+) exceed that of (.+?)\\?(?: Give the answer in .+\\.)?$");
    private static final Pattern COMBINED = Pattern.compile("^What is the combined (.+?)\\?(?: Give the answer in .+\\.)?$");
    private static final Pattern HOW_MANY = Pattern.compile("^How many of (.+) have an? (.+) above (.+)\\?$");
    private static final Pattern DIFFERENCE = Pattern.compile(
            "^What is the absolute difference between (the .+) and that of (.+?)\\?(?: Give the answer in .+\\.)?$");

    private final PackGrammar grammar;
    private final Knowledge knowledge;

    Reasoner(PackGrammar grammar, Knowledge knowledge) {
        this.grammar = grammar;
        this.knowledge = knowledge;
    }

    /**
     * @param q a question
     * @return the answer, or null if the solver has none
     */
    Answer answer(Question q) {
        String text = q.text().trim();
        Matcher m;
        if ((m = AUTHORITATIVE.matcher(text)).matches()) {
            return lookup(m.group(1));
        }
        if ((m = DIFFERENCE.matcher(text)).matches()) {
            return difference(m.group(1), m.group(2));
        }
        if ((m = COMBINED.matcher(text)).matches()) {
            return combined(m.group(1));
        }
        if ((m = LOOKUP.matcher(text)).matches()) {
            return lookup(m.group(1));
        }
        if ((m = AMONG.matcher(text)).matches()) {
            return extreme(m.group(1), m.group(4), m.group(3).equals("highest"));
        }
        if ((m = EXCEED.matcher(text)).matches()) {
            return exceed(m.group(1), m.group(2));
        }
        if ((m = HOW_MANY.matcher(text)).matches()) {
            return count(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    // ---- question forms -------------------------------------------------------------------------

    /** "the L1 of the L2 of NAME": resolves NAME's L2, then that entity's L1. */
    private Answer lookup(String path) {
        List<TraceStep> steps = new ArrayList<>();
        Value v = follow(path, steps);
        return v == null ? null : new Answer(v.answer(), v.number(), cite(v), steps);
    }

    private Answer extreme(String list, String label, boolean highest) {
        List<Attribute> attributes = grammar.byLabel(label);
        List<TraceStep> steps = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        Value winner = null;
        for (String name : names(list)) {
            Value v = extract(name, attributes, steps);
            if (v == null || v.number() == null) {
                continue;
            }
            inputs.add(v.answer());
            if (winner == null || (highest ? v.number().compareTo(winner.number()) > 0 : v.number().compareTo(winner.number()) < 0)) {
                winner = v;
            }
        }
        if (winner == null) {
            return null;
        }
        steps.add(new ComputeStep(highest ? "max" : "min", inputs, winner.answer()));
        return new Answer(winner.entity(), null, cite(winner), steps);
    }

    private Answer exceed(String first, String second) {
        List<TraceStep> steps = new ArrayList<>();
        Chain a = chain(first);
        if (a == null) {
            return null;
        }
        Value x = extract(a.name, a.attributes, steps);
        Value y = extract(second, a.attributes, steps);
        if (x == null || y == null || x.number() == null || y.number() == null) {
            return null;
        }
        BigDecimal r = x.number().subtract(y.number());
        steps.add(new ComputeStep("subtract", List.of(x.answer(), y.answer()), plain(r)));
        return new Answer(plain(r), r, cite(y), steps);
    }

    private Answer combined(String rest) {
        Label l = label(rest);
        if (l == null) {
            return null;
        }
        List<TraceStep> steps = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Value last = null;
        List<String> names = names(l.rest);
        for (String name : names) {
            Value v = extract(name, l.attributes, steps);
            if (v == null || v.number() == null) {
                return null;
            }
            inputs.add(v.answer());
            total = total.add(v.number());
            last = v;
        }
        if (last == null) {
            return null;
        }
        steps.add(new ComputeStep(inputs.size() == 2 ? "add" : "sum", inputs, plain(total)));
        return new Answer(plain(total), total, cite(last), steps);
    }

    private Answer count(String list, String label, String thresholdText) {
        List<Attribute> attributes = grammar.byLabel(label);
        BigDecimal threshold = null;
        for (Attribute a : attributes) {
            threshold = a.number(thresholdText);
            if (threshold != null) {
                break;
            }
        }
        if (threshold == null) {
            return null;
        }
        List<TraceStep> steps = new ArrayList<>();
        List<String> above = new ArrayList<>();
        Value last = null;
        for (String name : names(list)) {
            Value v = extract(name, attributes, steps);
            if (v == null || v.number() == null) {
                continue;
            }
            last = v;
            if (v.number().compareTo(threshold) > 0) {
                above.add(v.answer());
            }
        }
        if (last == null) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(above.size());
        steps.add(new ComputeStep("count", above, n.toPlainString()));
        return new Answer(n.toPlainString(), n, cite(last), steps);
    }

    private Answer difference(String first, String second) {
        Chain a = chain(first);
        if (a == null) {
            return null;
        }
        List<TraceStep> steps = new ArrayList<>();
        Value x;
        Value y;
        if (a.refs.isEmpty()) {
            x = extract(a.name, a.attributes, steps);
            y = extract(second, a.attributes, steps);
        } else {
            // "the L of the R of A and that of the R of B": both sides follow R first.
            x = follow(first, steps);
            y = second.startsWith("the ") ? follow(a.prefix + second, steps) : null;
        }
        if (x == null || y == null || x.number() == null || y.number() == null) {
            return null;
        }
        BigDecimal r = x.number().subtract(y.number()).abs();
        steps.add(new ComputeStep("abs_diff", List.of(x.answer(), y.answer()), plain(r)));
        return new Answer(plain(r), r, cite(y), steps);
    }

    // ---- paths and names ------------------------------------------------------------------------

    /** A parsed "the L1 of the L2 of NAME": the outer label's attributes, the reference labels, the name. */
    private record Chain(List<Attribute> attributes, List<List<Attribute>> refs, String name, String prefix) {
    }

    private record Label(List<Attribute> attributes, String rest) {
    }

    /** Reads a label at the start of {@code s} followed by " of ": the longest label that fits. */
    private Label label(String s) {
        for (String label : grammar.labelsLongestFirst()) {
            if (s.startsWith(label + " of ")) {
                return new Label(grammar.byLabel(label), s.substring(label.length() + " of ".length()));
            }
        }
        return null;
    }

    private Chain chain(String path) {
        if (!path.startsWith("the ")) {
            return null;
        }
        Label outer = label(path.substring("the ".length()));
        if (outer == null) {
            return null;
        }
        String rest = outer.rest;
        List<List<Attribute>> refs = new ArrayList<>();
        String prefix = path.substring(0, path.length() - rest.length());
        while (rest.startsWith("the ")) {
            Label ref = label(rest.substring("the ".length()));
            if (ref == null) {
                break;
            }
            refs.add(ref.attributes);
            rest = ref.rest;
        }
        return new Chain(outer.attributes, refs, rest, prefix);
    }

    /** Follows a path from its innermost name outwards, one extract step per hop. */
    private Value follow(String path, List<TraceStep> steps) {
        Chain c = chain(path);
        if (c == null) {
            return null;
        }
        String name = c.name;
        for (int i = c.refs.size() - 1; i >= 0; i--) {
            Value ref = extract(name, c.refs.get(i), steps);
            if (ref == null) {
                return null;
            }
            name = ref.text();
        }
        return extract(name, c.attributes, steps);
    }

    private Value extract(String name, List<Attribute> attributes, List<TraceStep> steps) {
        Value v = knowledge.get(name, attributes);
        if (v != null) {
            // A name is cited as written there: what was read, not what the solver made of it.
            String read = v.number() != null ? v.answer() : v.mention().valueText();
            steps.add(new ExtractFactStep(v.entity(), v.mention().attribute().id(), read, cite(v)));
        }
        return v;
    }

    /** Splits "A, B and C" into names, preferring known full names where a name itself holds ", " or " and ". */
    private List<String> names(String list) {
        List<String> out = new ArrayList<>();
        String rest = list;
        List<String> known = knowledge.names().fullNames();
        known.sort((x, y) -> Integer.compare(y.length(), x.length()));
        while (!rest.isEmpty()) {
            String next = null;
            for (String k : known) {
                if (rest.startsWith(k) && (rest.length() == k.length() || rest.startsWith(", ", k.length())
                        || rest.startsWith(" and ", k.length()))) {
                    next = k;
                    break;
                }
            }
            if (next == null) {
                int comma = rest.indexOf(", ");
                int and = rest.lastIndexOf(" and ");
                int end = comma >= 0 ? comma : (and >= 0 ? and : rest.length());
                next = rest.substring(0, end);
            }
            out.add(next);
            rest = rest.substring(next.length());
            if (rest.startsWith(", ")) {
                rest = rest.substring(2);
            } else if (rest.startsWith(" and ")) {
                rest = rest.substring(5);
            } else if (!rest.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static String cite(Value v) {
        return Paragraph.idOf(v.mention().paragraph() + 1);
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
