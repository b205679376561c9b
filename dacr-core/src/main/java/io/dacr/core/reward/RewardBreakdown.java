package io.dacr.core.reward;

import java.math.BigDecimal;

/**
 * A reward and what it is made of. Every part is in [0, 1]; {@code reward} is their weighted sum,
 * rounded half-even to six places.
 *
 * @param reward the reward
 * @param answers correct answers over questions
 * @param constraints satisfied constraints over constraints (1 when there are none)
 * @param trace 1 if the reasoning trace is valid, else 0
 * @param format 1 if the completion was read as a well-formed submission, else 0 (and then every part is 0)
 * @param outcome the verifier's verdict: {@code pass}, {@code fail} or {@code malformed}
 * @param reason why it is malformed or failed, empty when it passed
 */
public record RewardBreakdown(BigDecimal reward, BigDecimal answers, BigDecimal constraints, BigDecimal trace,
                              BigDecimal format, String outcome, String reason) {
}
