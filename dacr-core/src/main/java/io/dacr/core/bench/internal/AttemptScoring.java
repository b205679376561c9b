package io.dacr.core.bench.internal;

import io.dacr.api.Attempt;
import io.dacr.api.Outcome;
import io.dacr.core.bench.model.BenchResult.AttemptMetrics;
import io.dacr.core.bench.model.BenchResult.Interval;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass@1, pass@N, self-correction and parse failures over attempt sessions. A session is what the
 * attempt records and the parse-failure records name by session id: a session whose every reply was
 * unreadable has no graded attempt, and counts as failed at the first try and never passed.
 */
public final class AttemptScoring {

    private static final List<String> RATES = List.of("passAt1", "passAtN", "selfCorrectionRate", "parseFailureRate");

    private AttemptScoring() {
    }

    private static String session(String sessionId, String modelId) {
        return sessionId + '\u0000' + modelId;
    }

    /**
     * @param records attempt records, any order; grouped into sessions by session id and model
     * @param unreadable the harness's records of replies it could not read (never graded), any order
     * @param resamples bootstrap resamples over challenges (0 for none)
     * @param seed the bootstrap seed
     * @return the metrics
     */
    public static AttemptMetrics score(List<AttemptRecord> records, List<ParseFailure> unreadable, int resamples,
                                       long seed) {
        Map<String, List<Attempt>> sessions = new LinkedHashMap<>();
        Map<String, String> challengeOf = new LinkedHashMap<>();
        // A session is (session id, model): older harness versions gave every model's run at a challenge the
        // same session id, and two models' attempts are never one session's.
        for (AttemptRecord r : records) {
            String session = session(r.attempt().sessionId(), r.attempt().modelId());
            sessions.computeIfAbsent(session, k -> new ArrayList<>()).add(r.attempt());
            challengeOf.putIfAbsent(session, r.attempt().challengeId());
        }
        Map<String, Integer> unreadableBySession = new LinkedHashMap<>();
        for (ParseFailure f : unreadable) {
            String session = session(f.sessionId(), f.modelId());
            unreadableBySession.merge(session, 1, Integer::sum);
            sessions.computeIfAbsent(session, k -> new ArrayList<>());
            challengeOf.putIfAbsent(session, f.challengeId());
        }
        Map<String, Counts> byChallenge = new LinkedHashMap<>();
        Counts all = new Counts();
        int maxAttempts = 0;
        Map<Integer, Integer> firstPass = new LinkedHashMap<>();
        int never = 0;
        for (Map.Entry<String, List<Attempt>> entry : sessions.entrySet()) {
            List<Attempt> session = entry.getValue();
            session.sort(Comparator.comparingInt(Attempt::number));
            maxAttempts = Math.max(maxAttempts, session.size());
            Counts c = new Counts();
            c.sessions = 1;
            c.attempts = session.size();
            c.unreadable = unreadableBySession.getOrDefault(entry.getKey(), 0);
            int passedAt = 0;
            for (int i = 0; i < session.size(); i++) {
                Outcome o = session.get(i).verdict().outcome();
                if (o == Outcome.MALFORMED) {
                    c.malformed++;
                }
                if (o == Outcome.PASS && passedAt == 0) {
                    passedAt = i + 1;
                }
            }
            c.passedFirst = passedAt == 1 ? 1 : 0;
            c.passed = passedAt > 0 ? 1 : 0;
            c.failedFirst = passedAt == 1 ? 0 : 1;
            c.corrected = passedAt > 1 ? 1 : 0;
            if (passedAt > 0) {
                firstPass.merge(passedAt, 1, Integer::sum);
            } else {
                never++;
            }
            all.add(c);
            byChallenge.computeIfAbsent(challengeOf.get(entry.getKey()), k -> new Counts()).add(c);
        }
        Map<String, Integer> histogram = new LinkedHashMap<>();
        for (int k = 1; k <= maxAttempts; k++) {
            histogram.put(Integer.toString(k), firstPass.getOrDefault(k, 0));
        }
        histogram.put("never", never);
        BigDecimal[] rates = all.rates();
        return new AttemptMetrics(all.sessions, all.attempts, all.unreadable, maxAttempts, rates[0], rates[1], rates[2], rates[3],
                histogram, intervals(new ArrayList<>(byChallenge.values()), resamples, seed));
    }

    private static Map<String, Interval> intervals(List<Counts> perChallenge, int resamples, long seed) {
        Map<String, Interval> out = new LinkedHashMap<>();
        int n = perChallenge.size();
        if (n == 0 || resamples <= 0) {
            return out;
        }
        SplitMix64 rng = new SplitMix64(seed);
        BigDecimal[][] values = new BigDecimal[RATES.size()][resamples];
        for (int r = 0; r < resamples; r++) {
            Counts t = new Counts();
            for (int i = 0; i < n; i++) {
                t.add(perChallenge.get(rng.nextInt(n)));
            }
            BigDecimal[] rates = t.rates();
            for (int m = 0; m < rates.length; m++) {
                values[m][r] = rates[m];
            }
        }
        int[] positions = Scoring.percentilePositions(resamples);
        for (int m = 0; m < RATES.size(); m++) {
            Arrays.sort(values[m]);
            out.put(RATES.get(m), new Interval(values[m][positions[0]], values[m][positions[1]]));
        }
        return out;
    }

    /** Additive session counts. */
    private static final class Counts {
        int sessions;
        int attempts;
        int unreadable;
        int malformed;
        int passedFirst;
        int passed;
        int failedFirst;
        int corrected;

        void add(Counts o) {
            sessions += o.sessions;
            attempts += o.attempts;
            unreadable += o.unreadable;
            malformed += o.malformed;
            passedFirst += o.passedFirst;
            passed += o.passed;
            failedFirst += o.failedFirst;
            corrected += o.corrected;
        }

        BigDecimal[] rates() {
            return new BigDecimal[] {
                Totals.ratio(BigDecimal.valueOf(passedFirst), sessions, BigDecimal.ZERO),
                Totals.ratio(BigDecimal.valueOf(passed), sessions, BigDecimal.ZERO),
                Totals.ratio(BigDecimal.valueOf(corrected), failedFirst, BigDecimal.ZERO),
                Totals.ratio(BigDecimal.valueOf(malformed + unreadable), attempts + unreadable, BigDecimal.ZERO)};
        }
    }
}
