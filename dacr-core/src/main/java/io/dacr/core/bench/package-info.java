/**
 * Benchmarking: DACR-Bench data sets (v1.0 and v1.1) and DACR's own challenges scored from predictions
 * in DACR-Bench's format, strict and DACR-Bench-compatible scores side by side, bootstrap intervals,
 * attempt metrics, and JSON, Markdown and HTML reports; and runs of a model over those challenges
 * through the miner harness ({@link io.dacr.core.bench.BenchSuite}, {@link io.dacr.core.bench.BenchRunner}).
 *
 * <pre>{@code
 * BenchDataset bench = DacrBenchFormat.readDataset(Files.readAllBytes(benchFile));
 * List<Prediction> predictions = DacrBenchFormat.readPredictions(Files.readAllBytes(predictionsFile));
 * BenchResult result = BenchScorer.builder().build().score(bench, predictions, List.of());
 * Files.writeString(out.resolve("report.html"), BenchReports.html(result));
 *
 * // or: have a model answer them, then score its run
 * BenchRunner.Result run = BenchRunner.builder(model, store).build().run(BenchSuite.imported(bench));
 * BenchResult scored = BenchScorer.builder().build().score(run.dataset(), run.predictions(),
 *         store.readAll().records());
 * }</pre>
 */
package io.dacr.core.bench;
