package io.dacr.core.session;

import io.dacr.api.Attempt;
import io.dacr.core.json.AttemptRecord;
import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * The attempt records read back from a store.
 *
 * @param records the complete records, in the order recorded
 * @param ignoredTailBytes the length in bytes of a last line that was not terminated (a record being
 *     written, or cut short by a crash): it is ignored, never parsed; 0 if the store ends cleanly
 */
public record StoredAttempts(List<AttemptRecord> records, long ignoredTailBytes) {

    /** Validates and copies. */
    public StoredAttempts {
        records = Checks.immutableList(records, "records");
        Checks.nonNegative(ignoredTailBytes, "ignoredTailBytes");
    }

    /** @return the recorded attempts, in the order recorded */
    public List<Attempt> attempts() {
        return records.stream().map(AttemptRecord::attempt).toList();
    }

    /** @return true if an unterminated last line was ignored */
    public boolean hadTornTail() {
        return ignoredTailBytes > 0;
    }
}
