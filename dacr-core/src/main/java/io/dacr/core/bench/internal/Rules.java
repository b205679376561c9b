package io.dacr.core.bench.internal;

import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchQuestion;

import java.math.BigDecimal;

/** The per-question rules of one scoring mode. */
interface Rules {

    /** No match: the answer is wrong. */
    String NONE = "none";

    /**
     * @param answer the answer as given
     * @param question the question
     * @return {@code exact}, {@code normalized}, {@code numeric}, {@code partial} or {@link #NONE}
     */
    String match(String answer, BenchQuestion question);

    /**
     * @param answer the answer as given
     * @param correct whether {@link #match} credited it
     * @param question a question that targets a trap
     * @param challenge its challenge
     * @return true evaded, false fell, null not counted
     */
    Boolean trapEvasion(String answer, boolean correct, BenchQuestion question, BenchChallenge challenge);

    /**
     * @param citation the citation as given
     * @param question the question
     * @param document the challenge's document, prepared once per challenge
     * @return 0, 0.5 or 1
     */
    BigDecimal citation(String citation, BenchQuestion question, Document document);

    /**
     * @param confidence a confidence in [0, 1]
     * @return its calibration bin, 0 to 9, or -1 if it falls in none
     */
    int bin(BigDecimal confidence);
}
