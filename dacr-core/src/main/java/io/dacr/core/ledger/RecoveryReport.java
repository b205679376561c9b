package io.dacr.core.ledger;

/**
 * What opening a journal found.
 *
 * @param records the intact records replayed
 * @param truncatedBytes the length of the torn tail cut off (a write a crash interrupted; never
 *     acknowledged), 0 if the journal ended cleanly
 */
public record RecoveryReport(long records, long truncatedBytes) {
}
