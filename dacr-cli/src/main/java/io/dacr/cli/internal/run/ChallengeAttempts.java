package io.dacr.cli.internal.run;

import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;
import java.util.List;

/**
 * Every miner's graded attempts at one challenge, and the replies that could not be read.
 *
 * @param records by miner (in roster order), then attempt number
 * @param parseFailures unreadable model replies, in the order they came
 */
record ChallengeAttempts(List<AttemptRecord> records, List<ParseFailure> parseFailures) {

    ChallengeAttempts {
        records = List.copyOf(records);
        parseFailures = List.copyOf(parseFailures);
    }
}
