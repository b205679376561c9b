package io.dacr.core.session.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.CheckResult;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Outcome;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.Trap;
import io.dacr.api.Verdict;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which wrong answers are exactly the value a question's trap plants: the difference between
 * falling for a trap and an ordinary mistake.
 */
public final class TrapMatcher {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile(
            "[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

    private TrapMatcher() {
    }

    /**
     * @param key the answer key (gold answers name their trap, the traps carry the wrong values)
     * @param submission the graded submission
     * @param verdict its verdict
     * @return the ids of the questions, in the verdict's order, answered wrongly with their trap's
     *     wrong value
     */
    public static List<String> trappedQuestions(AnswerKey key, Submission submission, Verdict verdict) {
        List<String> trapped = new ArrayList<>();
        for (CheckResult result : verdict.answers()) {
            if (result.outcome() == Outcome.PASS) {
                continue;
            }
            GoldAnswer gold = key.answer(result.subject());
            Trap trap = gold == null || gold.trapId() == null ? null : trap(key, gold.trapId());
            QuestionAnswer given = answer(submission, result.subject());
            if (trap != null && given != null && sameValue(given.answer(), trap.wrongValue())) {
                trapped.add(result.subject());
            }
        }
        return trapped;
    }

    /**
     * @param given an answer as submitted
     * @param wrong a trap's wrong value
     * @return true if they are the same text after NFKC, case folding and space collapsing, or the same
     *     plain number (commas only as thousands separators)
     */
    static boolean sameValue(String given, String wrong) {
        String a = normalized(given);
        String b = normalized(wrong);
        if (a.equals(b)) {
            return true;
        }
        if (PLAIN_NUMBER.matcher(a).matches() && PLAIN_NUMBER.matcher(b).matches()) {
            return new BigDecimal(a.replace(",", "")).compareTo(new BigDecimal(b.replace(",", ""))) == 0;
        }
        return false;
    }

    private static String normalized(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    private static Trap trap(AnswerKey key, String trapId) {
        for (Trap t : key.traps()) {
            if (t.id().equals(trapId)) {
                return t;
            }
        }
        return null;
    }

    private static QuestionAnswer answer(Submission submission, String questionId) {
        for (QuestionAnswer a : submission.answers()) {
            if (a.questionId().equals(questionId)) {
                return a;
            }
        }
        return null;
    }
}
