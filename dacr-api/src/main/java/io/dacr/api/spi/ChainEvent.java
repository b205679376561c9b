package io.dacr.api.spi;

import io.dacr.api.internal.Checks;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One event the mining contract emitted, decoded: every state change of the contract (an epoch
 * committed, a receipt accepted, a claim paid …) is one.
 *
 * @param blockNumber the block that holds it
 * @param logIndex its position in the block
 * @param transactionHash the transaction that emitted it, {@code 0x} and 64 hex digits
 * @param name the event's name, e.g. {@code ReceiptAccepted}
 * @param fields its parameters by name, as text: addresses and bytes as lower-case {@code 0x} hex,
 *     numbers and enum values in decimal, booleans as {@code true}/{@code false}
 */
public record ChainEvent(long blockNumber, long logIndex, String transactionHash, String name,
                         SortedMap<String, String> fields) {

    /** Validates and copies. */
    public ChainEvent {
        Checks.nonNegative(blockNumber, "blockNumber");
        Checks.nonNegative(logIndex, "logIndex");
        Checks.bytes32(transactionHash, "transactionHash");
        Checks.notBlank(name, "name");
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull(fields, "fields")));
    }
}
