/**
 * The resolved settings of one generation (preset plus knobs). A leaf package: every stage reads it,
 * it reads none of them, so the stages and the pipeline that runs them form no package cycle.
 */
package io.dacr.generator.internal.spec;
