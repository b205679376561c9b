package io.dacr.core.miner.internal;

import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Self-consistency voting: per question, the answer most samples agree on (after a light normalisation:
 * NFKC, case, spaces, trailing punctuation), its confidence the share of samples that gave it. Ties go to
 * the answer seen first, so the vote is a pure function of the samples in order.
 */
public final class AnswerVote {

    /**
     * @param answers the winning answer per question, in the order asked
     * @param representative the index of the sample that agrees with the most winning answers (earliest on
     *     a tie): its artifact and trace are submitted, since they were written for its answers
     */
    public record Result(List<QuestionAnswer> answers, int representative) {
    }

    private AnswerVote() {
    }

    /**
     * @param questionIds the challenge's question ids, in order
     * @param samples the readable samples, in the order received; at least one
     * @return the vote
     */
    public static Result vote(List<String> questionIds, List<Submission> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a vote needs at least one sample");
        }
        BigDecimal total = BigDecimal.valueOf(samples.size());
        List<QuestionAnswer> winners = new ArrayList<>();
        List<String> winningKeys = new ArrayList<>();
        for (String questionId : questionIds) {
            Map<String, List<QuestionAnswer>> tally = new LinkedHashMap<>();
            for (Submission sample : samples) {
                QuestionAnswer a = answerTo(sample, questionId);
                if (a != null && !a.answer().isBlank()) {
                    tally.computeIfAbsent(key(a.answer()), k -> new ArrayList<>()).add(a);
                }
            }
            String best = null;
            for (Map.Entry<String, List<QuestionAnswer>> e : tally.entrySet()) {
                if (best == null || e.getValue().size() > tally.get(best).size()) {
                    best = e.getKey();
                }
            }
            winningKeys.add(best);
            if (best != null) {
                List<QuestionAnswer> votes = tally.get(best);
                QuestionAnswer first = votes.get(0);
                String citation = null;
                for (QuestionAnswer v : votes) {
                    if (v.citation() != null) {
                        citation = v.citation();
                        break;
                    }
                }
                BigDecimal share = BigDecimal.valueOf(votes.size()).divide(total, 4, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
                winners.add(new QuestionAnswer(questionId, first.answer(), citation, share));
            }
        }
        int representative = 0;
        int bestAgreement = -1;
        for (int i = 0; i < samples.size(); i++) {
            int agreement = 0;
            for (int q = 0; q < questionIds.size(); q++) {
                QuestionAnswer a = answerTo(samples.get(i), questionIds.get(q));
                if (a != null && winningKeys.get(q) != null && key(a.answer()).equals(winningKeys.get(q))) {
                    agreement++;
                }
            }
            if (agreement > bestAgreement) {
                bestAgreement = agreement;
                representative = i;
            }
        }
        return new Result(winners, representative);
    }

    private static QuestionAnswer answerTo(Submission sample, String questionId) {
        for (QuestionAnswer a : sample.answers()) {
            if (a.questionId().equals(questionId)) {
                return a;
            }
        }
        return null;
    }

    /** The form answers are compared in: NFKC, lower case, single spaces, no trailing punctuation. */
    static String key(String answer) {
        String s = Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
        int end = s.length();
        while (end > 0 && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
