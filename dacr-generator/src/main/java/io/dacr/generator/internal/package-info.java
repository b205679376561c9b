/**
 * The generation pipeline ({@link io.dacr.generator.internal.Pipeline}) and its resolved settings. Not API.
 *
 * <p>Stages and their random streams ({@code SeedDerivation}): world and aliases ({@code world},
 * {@code aliases}), traps ({@code traps}), document layout ({@code layout}), questions ({@code questions},
 * then {@code questions-<n>} per question and draw), constraints ({@code constraints}) and prose
 * ({@code prose}). The answer key depends on every stage but prose.
 */
package io.dacr.generator.internal;
