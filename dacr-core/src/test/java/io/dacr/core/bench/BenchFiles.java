package io.dacr.core.bench;

import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.Prediction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The benchmark files of the test resources (never ../shared: tests read only what they ship). */
final class BenchFiles {

    private BenchFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = BenchFiles.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /bench/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BenchDataset mini() {
        return DacrBenchFormat.readDataset(bytes("dacr_bench_v1.0_mini.json"));
    }

    static BenchDataset crafted() {
        return DacrBenchFormat.readDataset(bytes("crafted_bench.json"));
    }

    static List<Prediction> craftedPredictions() {
        return DacrBenchFormat.readPredictions(bytes("crafted_predictions.json"));
    }
}
