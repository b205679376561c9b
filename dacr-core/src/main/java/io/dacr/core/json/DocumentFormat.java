package io.dacr.core.json;

import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import io.dacr.core.json.internal.AnswerKeyCodecs;
import io.dacr.core.json.internal.ChallengeCodecs;
import io.dacr.core.json.internal.Codec;
import io.dacr.core.json.internal.RewardCodecs;
import io.dacr.core.json.internal.SubmissionCodecs;
import io.dacr.core.json.internal.VerdictCodecs;
import java.util.List;

/**
 * One of DACR's JSON document formats: a top-level JSON object that carries
 * {@code "schemaVersion"} next to the members of the value it holds. Pass one to {@link DacrJson} to
 * read or write a document of that format.
 *
 * <p>The public formats (challenge, submission, verdict, attempt record) have JSON Schemas in this
 * jar under {@code io/dacr/schemas/}. See {@code docs/formats.md} for every format.
 *
 * @param <T> the type of value a document of this format holds
 */
public final class DocumentFormat<T> {

    /** The public part of a challenge, as a solver receives it. */
    public static final DocumentFormat<Challenge> CHALLENGE =
            new DocumentFormat<>("challenge", Challenge.class, ChallengeCodecs.CHALLENGE);
    /** The secret part of a challenge. */
    public static final DocumentFormat<AnswerKey> ANSWER_KEY =
            new DocumentFormat<>("answer_key", AnswerKey.class, AnswerKeyCodecs.ANSWER_KEY);
    /** A solver's submission. */
    public static final DocumentFormat<Submission> SUBMISSION =
            new DocumentFormat<>("submission", Submission.class, SubmissionCodecs.SUBMISSION);
    /** A verifier's verdict. */
    public static final DocumentFormat<Verdict> VERDICT =
            new DocumentFormat<>("verdict", Verdict.class, VerdictCodecs.VERDICT);
    /** An attempt record: submission, verdict, feedback shown, model and timing. */
    public static final DocumentFormat<Attempt> ATTEMPT =
            new DocumentFormat<>("attempt", Attempt.class, VerdictCodecs.ATTEMPT);
    /** A receipt for passing work. */
    public static final DocumentFormat<Receipt> RECEIPT =
            new DocumentFormat<>("receipt", Receipt.class, RewardCodecs.RECEIPT);
    /** The split of an epoch's pool. */
    public static final DocumentFormat<Distribution> DISTRIBUTION =
            new DocumentFormat<>("distribution", Distribution.class, RewardCodecs.DISTRIBUTION);
    /** An epoch and its secret commitment. */
    public static final DocumentFormat<Epoch> EPOCH =
            new DocumentFormat<>("epoch", Epoch.class, RewardCodecs.EPOCH);
    /** A generation spec: preset and knobs. */
    public static final DocumentFormat<GenerationSpec> GENERATION_SPEC =
            new DocumentFormat<>("generation_spec", GenerationSpec.class, AnswerKeyCodecs.GENERATION_SPEC);

    /** A line of a keys file: an answer key and its oracle submission ({@code dacr generate --keys}). */
    public static final DocumentFormat<GeneratedKey> GENERATED_KEY =
            new DocumentFormat<>("generated_key", GeneratedKey.class, GeneratedKeyCodecs.GENERATED_KEY);

    /** A line of an attempt store: an attempt and the questions on which the solver fell for a trap. */
    public static final DocumentFormat<AttemptRecord> ATTEMPT_RECORD =
            new DocumentFormat<>("attempt_record", AttemptRecord.class, AttemptRecordCodecs.ATTEMPT_RECORD);

    /** A line of a miner's parse-failure file: a model reply that could not be read, never graded. */
    public static final DocumentFormat<ParseFailure> PARSE_FAILURE =
            new DocumentFormat<>("parse_failure", ParseFailure.class, AttemptRecordCodecs.PARSE_FAILURE);

    /** The schema version this release writes, and the only one it reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final List<DocumentFormat<?>> ALL = List.of(CHALLENGE, ANSWER_KEY, SUBMISSION, VERDICT, ATTEMPT,
            RECEIPT, DISTRIBUTION, EPOCH, GENERATION_SPEC, GENERATED_KEY, ATTEMPT_RECORD, PARSE_FAILURE);

    private final String name;
    private final Class<T> type;
    private final Codec<T> codec;

    private DocumentFormat(String name, Class<T> type, Codec<T> codec) {
        this.name = name;
        this.type = type;
        this.codec = codec;
    }

    /** @return every format, in the order declared here */
    public static List<DocumentFormat<?>> all() {
        return ALL;
    }

    /** @return the format's name, e.g. {@code challenge}; {@link io.dacr.api.FormatException}s name it */
    public String name() {
        return name;
    }

    /** @return the type of value a document of this format holds */
    public Class<T> type() {
        return type;
    }

    /** @return the {@code schemaVersion} documents of this format carry */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    Codec<T> codec() {
        return codec;
    }

    /** @return the format's name */
    @Override
    public String toString() {
        return name;
    }
}
