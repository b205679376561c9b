package io.dacr.core.verify;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.core.verify.policy.VerificationLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed corpus of submissions to the {@link Fixtures} challenge, drawn from seeded generators, that
 * reaches every grading path with the text forms that matter to it: answers built from number
 * surface forms, scale words, currency and unit words, articles, candidate separators, case and
 * width variants; artifacts mixing the fixture's words with case changes and non-ASCII words; traces
 * whose citations name the fixture's entities, attributes and values in many forms and whose compute
 * steps are right or wrong. Its verdicts are pinned ({@link VerdictFingerprintTest}), so a faster
 * verifier is held to the same verdicts, reasons included.
 *
 * <p>Only characters of long-stable Unicode versions are used, so that the JDK's Unicode tables (17 or
 * later) agree on every one of them.
 */
final class VerdictCorpus {

    /** Pieces answers are built from: forms the number reader and the normaliser treat specially. */
    private static final List<String> ANSWER_PIECES = List.of(
            "Kelmara Air", "KA", "kelmara air.", "The Kelmara-based carrier", "the", "The", "a", "an", "Ana Ruiz",
            "ANA RUIZ", "ana  ruiz", "1,664", "1.664", "1664000000", "1,664,000,000", "1664000000.000", "1,66",
            "1.66", "0.0", "35.5", "35,5", "0.355", "27", "027", "27.0", "25", "-", "\u2212", "+", "billion", "bn",
            "million", "mn", "thousand", "trillion", "tn", "$", "US$", "USD", "usd", "Usd", "\u20AC", "EUR", "dollars",
            "dollar", "US dollars", "U.S. dollars", "euros", "%", "per cent", "percent", "pct", "Percent", "aircraft",
            "aircrafts", "or", "and", "&", ",", ";", "/", ".", "?", "!", ":", " ", "  ", "\t", "\u00A0", "\u3000",
            "\uFF2B\uFF21", "\uFF11\uFF12", "\u01C5", "\u0130", "\u0131", "\u00DF", "\uFB01", "\u200B", "\u03A3",
            "\u2126", "\u212A", "1e9", "x", "", "\u00BD", "\u00B2");

    /** Words artifacts are built from: the fixture's artifact words, their variants, and others. */
    private static final List<String> ARTIFACT_WORDS = List.of(
            "Kelmara", "kelmara", "KELMARA", "Ana", "ana", "41", "43", "37+37=74", "37+37=75", "Port", "port",
            "PORT", "Vell", "vell", "VELL", "Vel", "and", "then", "so", "we", "go", "it", "is", "done", "now",
            "yes", "up", "by", "my", "fun", "run", "all", "in", "on", "to", "be", "z", "Z", "Zed", "\u00C9cole",
            "\u0130pek", "Stra\u00DFe", "\u03A9mega", "\u039A\u03B1\u03BB\u03AC", "\u041F\u043E\u0440\u0442",
            "\u6771\u4EAC", "\uFF2B\uFF21", "caf\u00E9", "cafe\u0301", "K\u0430", "\u212Aelvin", "\u00BD", "-",
            "a+b=c", "41.", "(41)");

    /** Separators between artifact words: mostly a space, sometimes others (some break the script rule). */
    private static final List<String> ARTIFACT_SEPARATORS = List.of(" ", " ", " ", " ", " ", " ", "  ", "\u00A0",
            "\u2003", "\t", "\u200B ");

    private static final List<String> ENTITIES = List.of("Kelmara Air", "KA", "ka", "the Kelmara-based carrier",
            "The Kelmara-Based Carrier.", "Kelmara  Air", "\uFF2B\uFF21", "Kelmara", "Ana Ruiz", "", " KA ");
    private static final List<String> ATTRIBUTES = List.of("revenue", "Revenue", "operating_margin",
            "operating margin", "Operating-Margin", "operating__margin", "chief_executive", "fleet_size",
            "fleet size", "fleet_size_", "margin", "", "REVENUE.");
    private static final List<String> VALUES = List.of("1664000000", "1,664,000,000", "$1.66 billion",
            "1.66 bn", "1,664 million dollars", "USD 1,664,000,000", "1.664 billion", "1664 million", "$1.664 bn",
            "35.5", "35.5%", "35.5 per cent", "35.50 percent", "0.355", "Ana Ruiz", "ana ruiz.", "the Ana Ruiz",
            "27", "27 aircraft", "27.0", "twenty-seven", "25", "\u221227", "", "1.66", "1.66 billion dollars");
    private static final List<String> SOURCES = List.of("paragraph_1", "paragraph_2", "paragraph_3",
            "paragraph_4", "paragraph_5", " paragraph_2 ", "paragraph_01", "paragraph_0", "Paragraph_1", "p1", "");
    private static final List<String> NUMBERS = List.of("0", "1", "2", "7", "10", "20", "27", "-3", "3.5",
            "0.5", "1,000", "35.5", "1664000000", "100", "x", "", "1e3", "2.50", "1.0", "true", "false");

    private final SplittableRandom random;
    private final VerifierFuzzMutations mutations;

    /** @param seed the seed of every draw */
    VerdictCorpus(long seed) {
        this.random = new SplittableRandom(seed);
        this.mutations = new VerifierFuzzMutations(seed, VerificationLimits.defaults());
    }

    /**
     * @param n how many submissions
     * @return the next {@code n} submissions, of every family in turn
     */
    List<Submission> next(int n) {
        List<Submission> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(switch (i % 6) {
                case 0 -> mutations.valid().submission();
                case 1 -> mutations.malformed().submission();
                case 2, 3 -> withAnswers();
                case 4 -> withArtifact();
                default -> withTrace();
            });
        }
        return out;
    }

    private Submission withAnswers() {
        List<QuestionAnswer> answers = new ArrayList<>();
        for (QuestionAnswer gold : Fixtures.oracleAnswers()) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue; // unanswered
            }
            String text = roll < 3 ? gold.answer() + piece() : roll < 5 ? piece() + gold.answer() : answerText();
            answers.add(new QuestionAnswer(gold.questionId(), text, null, null));
        }
        return Fixtures.withAnswers(answers);
    }

    private String answerText() {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            if (i > 0 && random.nextInt(3) > 0) {
                b.append(' ');
            }
            b.append(piece());
        }
        return b.toString();
    }

    private String piece() {
        return ANSWER_PIECES.get(random.nextInt(ANSWER_PIECES.size()));
    }

    private Submission withArtifact() {
        if (random.nextInt(3) == 0) {
            // The fixture's artifact with one word changed: constraints fail one at a time.
            String[] words = Fixtures.ARTIFACT.split(" ");
            words[random.nextInt(words.length)] = ARTIFACT_WORDS.get(random.nextInt(ARTIFACT_WORDS.size()));
            return Fixtures.withArtifact(String.join(" ", words));
        }
        StringBuilder b = new StringBuilder();
        int words = 20 + random.nextInt(12);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(random.nextInt(10) == 0 ? ARTIFACT_SEPARATORS.get(random.nextInt(ARTIFACT_SEPARATORS.size())) : " ");
            }
            b.append(ARTIFACT_WORDS.get(random.nextInt(ARTIFACT_WORDS.size())));
        }
        if (random.nextInt(8) == 0) {
            b.append(random.nextBoolean() ? " " : ".");
        }
        return Fixtures.withArtifact(b.toString());
    }

    private Submission withTrace() {
        List<TraceStep> trace = new ArrayList<>();
        int steps = TraceRules.defaults().minSteps() + random.nextInt(6);
        for (int i = 0; i < steps; i++) {
            if (random.nextBoolean()) {
                trace.add(new ExtractFactStep(pick(ENTITIES), pick(ATTRIBUTES), pick(VALUES), pick(SOURCES)));
            } else {
                int inputs = random.nextInt(4);
                List<String> in = new ArrayList<>();
                for (int k = 0; k < inputs; k++) {
                    in.add(pick(NUMBERS));
                }
                String op = pick(TraceRules.DEFAULT_OPERATIONS);
                String result = random.nextInt(3) == 0 ? pick(NUMBERS) : plausibleResult(op, in);
                trace.add(new ComputeStep(random.nextInt(20) == 0 ? " " + op : op, in, result));
            }
        }
        return Fixtures.withTrace(trace);
    }

    /** A result that is right for simple ops on plain inputs (so right and wrong results both occur). */
    private static String plausibleResult(String op, List<String> inputs) {
        try {
            BigDecimal acc = null;
            for (String s : inputs) {
                BigDecimal v = new BigDecimal(s);
                acc = acc == null ? v : switch (op) {
                    case "add", "sum" -> acc.add(v);
                    case "subtract" -> acc.subtract(v);
                    case "multiply" -> acc.multiply(v);
                    case "max" -> acc.max(v);
                    case "min" -> acc.min(v);
                    default -> acc;
                };
            }
            return op.equals("count") ? Integer.toString(inputs.size()) : acc == null ? "0" : acc.toPlainString();
        } catch (NumberFormatException e) {
            return "0";
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
