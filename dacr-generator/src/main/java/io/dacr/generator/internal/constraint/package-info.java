/** Constraints on the answer artifact, their derived values and the generator's own checker. Not API. */
package io.dacr.generator.internal.constraint;
