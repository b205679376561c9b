package io.dacr.core.miner;

import io.dacr.api.Submission;
import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * What {@link ResponseParser} made of a model's reply: a submission to grade ({@link Readable}) or a
 * reply that cannot be graded ({@link Unreadable}), which is recorded as a parse failure, never scored as
 * a wrong answer.
 */
public sealed interface ParsedReply {

    /**
     * A reply read as a submission.
     *
     * @param submission the submission
     * @param repairs what the parser had to tolerate or leave out (a code fence, prose around the JSON, an
     *     unknown trace step…), for a person; empty if the reply was exactly in the required format
     */
    record Readable(Submission submission, List<String> repairs) implements ParsedReply {

        /** Validates and copies. */
        public Readable {
            Checks.notNull(submission, "submission");
            repairs = Checks.immutableList(repairs, "repairs");
        }
    }

    /**
     * A reply that holds no submission.
     *
     * @param problem why, for a person (and for the model, which is told)
     */
    record Unreadable(String problem) implements ParsedReply {

        /** Validates. */
        public Unreadable {
            Checks.notBlank(problem, "problem");
        }
    }
}
