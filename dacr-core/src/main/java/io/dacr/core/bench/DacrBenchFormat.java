package io.dacr.core.bench;

import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.FormatException;
import io.dacr.api.Outcome;
import io.dacr.api.internal.Checks;
import io.dacr.core.bench.internal.BenchJson;
import io.dacr.core.bench.internal.DacrConversion;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.Prediction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/**
 * DACR-Bench's file formats: data sets (v1.0, and v1.1 with a {@code split} per challenge) and
 * prediction files; and DACR's own challenges in DACR-Bench's challenge format.
 *
 * <pre>{@code
 * BenchDataset bench = DacrBenchFormat.readDataset(Files.readAllBytes(Path.of("dacr_bench_v1.0_mini.json")));
 * List<Prediction> predictions = DacrBenchFormat.readPredictions(Files.readAllBytes(Path.of("pred.json")));
 * BenchChallenge ours = DacrBenchFormat.fromDacr(challenge, key);
 * }</pre>
 *
 * <p>Reading ignores members it does not use (DACR-Bench's {@code stats}, {@code domainBreakdown},
 * {@code metadata}, …) and fails on anything it needs that is missing or mistyped with a
 * {@link FormatException} naming the JSON path.
 */
public final class DacrBenchFormat {

    private DacrBenchFormat() {
    }

    /**
     * @param json a DACR-Bench data set file, UTF-8
     * @return the data set
     * @throws FormatException if the bytes are not UTF-8 JSON of that shape
     */
    public static BenchDataset readDataset(byte[] json) {
        return BenchJson.readDataset(utf8(BenchJson.DATASET, json));
    }

    /**
     * @param json a DACR-Bench predictions file (a JSON array), UTF-8
     * @return the predictions, in file order
     * @throws FormatException if the bytes are not UTF-8 JSON of that shape or a challenge id repeats
     */
    public static List<Prediction> readPredictions(byte[] json) {
        return BenchJson.readPredictions(utf8(BenchJson.PREDICTIONS, json));
    }

    /**
     * Writes predictions as a DACR-Bench predictions file: a JSON array of
     * {@code {challengeId, model, timestamp, answers {qid: {answer, citation, confidence}}, metadata {parseFormat}}},
     * indented, members in that order, a missing confidence left out.
     *
     * @param predictions the predictions, in the order to write
     * @param timestamp the {@code timestamp} every prediction carries (when the run started)
     * @return the JSON text, ending in a line break; {@link #readPredictions} reads it back
     */
    public static String writePredictions(List<Prediction> predictions, Instant timestamp) {
        Checks.notNull(predictions, "predictions");
        Checks.notNull(timestamp, "timestamp");
        return BenchJson.predictionsJson(predictions, timestamp);
    }

    /**
     * @param challenge a DACR challenge
     * @param key its answer key
     * @return the challenge in DACR-Bench's form (split synthetic, source engine)
     * @throws IllegalArgumentException if the key belongs to another challenge
     */
    public static BenchChallenge fromDacr(Challenge challenge, AnswerKey key) {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(key, "key");
        return DacrConversion.challenge(challenge, key);
    }

    /**
     * @param attempt an attempt at a DACR challenge
     * @return its answers as a DACR-Bench prediction (parse format {@code failed} for a MALFORMED verdict)
     */
    public static Prediction predictionOf(Attempt attempt) {
        Checks.notNull(attempt, "attempt");
        return DacrConversion.prediction(attempt.submission(), attempt.modelId(),
                attempt.verdict().outcome() == Outcome.MALFORMED);
    }

    /**
     * Writes DACR challenges as one DACR-Bench v1.1 data set, streaming: each challenge is converted,
     * written and forgotten.
     *
     * @param name the data set's name
     * @param challenges the challenges with their keys, in the order to write
     * @param out where to write; the caller closes it
     * @return how many challenges were written
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a key does not belong to its challenge
     */
    public static int writeDataset(String name, Iterable<Keyed> challenges, Writer out) throws IOException {
        Checks.notNull(name, "name");
        Checks.notNull(challenges, "challenges");
        Checks.notNull(out, "out");
        BenchJson.DatasetWriter writer = new BenchJson.DatasetWriter(out, name, DacrConversion.VERSION);
        for (Keyed k : challenges) {
            BenchChallenge bench = DacrConversion.challenge(k.challenge(), k.key());
            writer.add(BenchJson.challengeJson(bench, DacrConversion.source(k.key()), DacrConversion.metadata(k.key())),
                    bench);
        }
        return writer.finish();
    }

    /**
     * A challenge and its answer key.
     *
     * @param challenge the challenge
     * @param key its key
     */
    public record Keyed(Challenge challenge, AnswerKey key) {

        /** @throws IllegalArgumentException if a part is null or the key belongs to another challenge */
        public Keyed {
            Checks.notNull(challenge, "challenge");
            Checks.notNull(key, "key");
            Checks.requireArgument(challenge.id().equals(key.challengeId()), "the key belongs to %s, not %s",
                    key.challengeId(), challenge.id());
        }
    }

    private static String utf8(String format, byte[] json) {
        Checks.notNull(json, "json");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(format, "$", "not valid UTF-8", e);
        }
    }
}
