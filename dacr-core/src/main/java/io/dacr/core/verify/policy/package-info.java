/**
 * How {@link io.dacr.core.verify.DacrVerifier} judges: the pass rule, the size limits on every input
 * and the answer-matching mode. Plain values, kept apart from the verifier so that its implementation
 * can use them without a package cycle.
 */
package io.dacr.core.verify.policy;
