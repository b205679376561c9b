package io.dacr.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.Verdict;

/** Counts the verdicts of a {@code dacr verify} run, for its summary line. Not thread-safe. */
final class VerdictTally {

    private static final ObjectMapper JSON = new ObjectMapper();

    private long passed;
    private long failed;
    private long malformed;

    /** @param verdict one more verdict */
    void add(Verdict verdict) {
        switch (verdict.outcome()) {
            case PASS -> passed++;
            case MALFORMED -> malformed++;
            default -> failed++;
        }
    }

    /** @return e.g. {@code graded 3 submissions: 2 passed, 1 failed, 0 malformed} and a line feed */
    String text() {
        long total = passed + failed + malformed;
        return "graded " + total + (total == 1 ? " submission" : " submissions") + ": " + passed + " passed, "
                + failed + " failed, " + malformed + " malformed\n";
    }

    /**
     * @return one JSON object and a line feed, told apart from a verdict by its {@code summary} member:
     *     {@code {"summary":true,"submissions":3,"passed":2,"failed":1,"malformed":0}}
     */
    String json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("summary", true);
        node.put("submissions", passed + failed + malformed);
        node.put("passed", passed);
        node.put("failed", failed);
        node.put("malformed", malformed);
        return node.toString() + "\n";
    }
}
