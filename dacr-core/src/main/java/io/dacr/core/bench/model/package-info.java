/**
 * The values of benchmarking: DACR-Bench challenges and predictions, scoring modes, and results. See
 * {@link io.dacr.core.bench} for the operations.
 */
package io.dacr.core.bench.model;
