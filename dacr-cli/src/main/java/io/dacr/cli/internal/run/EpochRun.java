package io.dacr.cli.internal.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.DacrException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.Secret;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.SigningKey;
import io.dacr.core.dataset.PromptRenderer;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.ledger.JournalEpochLedger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * One epoch end to end in a directory: challenges generated, attempted by the miners, graded,
 * recorded; receipts issued, signed and credited to the journal ledger; then the epoch closed and
 * split, and the exports and reports written.
 *
 * <p><b>Commit order.</b> Challenges are done one at a time, in index order. For each: (1) its
 * challenge, key, attempt, receipt and parse-failure lines are appended to their files and forced to
 * the disk; (2) its receipts are credited to the ledger, which is durable when the call returns; (3)
 * {@value RunFiles#CHECKPOINT} is replaced (atomically) by one naming the challenge and the new file
 * lengths. A crash at any point leaves the committed challenges intact: {@code --resume} cuts the
 * files back to the checkpoint's lengths and redoes the next challenge, which yields the same bytes and
 * the same receipts, so credits already made for it come back as duplicates. The derived outputs
 * (distribution, exports, reports, summary) are written last, each replaced whole, then the
 * checkpoint is marked complete.
 */
public final class EpochRun {

    /** Told how the run goes, from the run's thread. */
    public interface Listener {

        /**
         * @param committed challenges done, resumed ones included
         * @param total the run's challenge count
         * @param label running figures to show
         */
        void progress(long committed, long total, String label);

        /** @param phase what the run does now, after the challenges: e.g. {@code exports} */
        void phase(String phase);
    }

    private final Path dir;
    private final RunSettings settings;
    private final Secret secret;
    private final LongFunction<GeneratedChallenge> challenges;
    private final Attempter attempter;
    private final SigningKey coordinator;
    private final PromptRenderer renderer;
    private final Listener listener;
    private volatile boolean stopped;

    private EpochRun(Path dir, RunSettings settings, Secret secret, LongFunction<GeneratedChallenge> challenges,
                     Attempter attempter, SigningKey coordinator, PromptRenderer renderer, Listener listener) {
        this.dir = dir;
        this.settings = settings;
        this.secret = secret;
        this.challenges = challenges;
        this.attempter = attempter;
        this.coordinator = coordinator;
        this.renderer = renderer;
        this.listener = listener;
    }

    /**
     * Starts a new run: the directory must not exist or be empty; the manifest is written at once.
     *
     * @param dir the run directory
     * @param settings the run's settings
     * @param secret the generation secret, whose commitment the settings name
     * @param challenges makes challenge i
     * @param miners the simulated miners, in the settings' order (ignored with a back end)
     * @param backend the model that replaces them, or null
     * @param coordinator the key that signs receipts, whose address the settings name
     * @param renderer the prompt the exports show
     * @param listener told of progress
     * @return the run, ready to {@link #run()}
     * @throws DacrException if the directory holds anything
     */
    public static EpochRun start(Path dir, RunSettings settings, Secret secret, LongFunction<GeneratedChallenge> challenges,
                                 List<SimulatedMiner> miners, io.dacr.api.spi.LlmBackend backend, SigningKey coordinator,
                                 PromptRenderer renderer, Listener listener) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new DacrException(dir + " already holds files: continue its run with --resume, or "
                                + "choose another --dir");
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DacrException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        RunFiles.writeAtomically(dir.resolve(RunFiles.MANIFEST), RunFiles.pretty(settings.toJson()));
        return new EpochRun(dir, settings, secret, challenges, attempter(settings, miners, backend), coordinator,
                renderer, listener);
    }

    /**
     * @param dir a run directory
     * @return the settings its manifest holds
     * @throws DacrException if it holds no run
     */
    public static RunSettings manifest(Path dir) {
        Path file = dir.resolve(RunFiles.MANIFEST);
        if (!Files.exists(file)) {
            throw new DacrException(dir + " holds no run to resume (no " + RunFiles.MANIFEST + ")");
        }
        return RunSettings.fromJson(RunFiles.readJson(file));
    }

    /**
     * Continues the run in a directory.
     *
     * @param dir the run directory
     * @param settings its settings, as {@link #manifest} read them
     * @param secret the generation secret: its commitment must be the manifest's
     * @param challenges makes challenge i
     * @param miners the simulated miners
     * @param backend the model, or null
     * @param coordinator the key that signs receipts: its address must be the manifest's
     * @param renderer the prompt the exports show
     * @param listener told of progress
     * @return the run, ready to {@link #run()}
     * @throws io.dacr.api.ConfigurationException if the secret or key is not the run's
     */
    public static EpochRun resume(Path dir, RunSettings settings, Secret secret, LongFunction<GeneratedChallenge> challenges,
                                  List<SimulatedMiner> miners, io.dacr.api.spi.LlmBackend backend, SigningKey coordinator,
                                  PromptRenderer renderer, Listener listener) {
        if (!Epoch.commitmentOf(secret).equals(settings.secretCommitment())) {
            throw new io.dacr.api.ConfigurationException("the secret given is not the one this run was started with "
                    + "(its commitment differs from " + RunFiles.MANIFEST + "): give the same --seed, --secret-file or DACR_SECRET");
        }
        if (!coordinator.address().equals(settings.coordinator())) {
            throw new io.dacr.api.ConfigurationException("the coordinator key given signs as " + coordinator.address()
                    + ", but this run's receipts are signed by " + settings.coordinator() + ": give the same --key-file");
        }
        return new EpochRun(dir, settings, secret, challenges, attempter(settings, miners, backend), coordinator,
                renderer, listener);
    }

    private static Attempter attempter(RunSettings settings, List<SimulatedMiner> miners, io.dacr.api.spi.LlmBackend backend) {
        io.dacr.api.Verifier verifier = io.dacr.core.verify.DacrVerifier.builder().build();
        return backend != null ? new HarnessAttempter(backend, verifier, settings.maxAttempts())
                : new SimulatedAttempter(miners, verifier, settings.maxAttempts());
    }

    /** Stops the run after the challenge in progress (or cancels it: it is then redone on resume). Any thread. */
    public void stop() {
        stopped = true;
        attempter.cancel();
    }

    /**
     * Runs (or continues) the epoch.
     *
     * @return the summary, or null if {@link #stop()} stopped the run before the end
     * @throws DacrException if a step fails; everything committed before stays
     */
    public RunSummary run() {
        long started = System.nanoTime();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String phase : List.of("generate", "attempt", "commit", "finish")) {
            nanos.put(phase, 0L);
        }
        Checkpoint checkpoint = Checkpoint.read(dir);
        long resumedAt = checkpoint.committed();
        Eip712Domain domain = Eip712Domain.dacrMining(settings.chainId(), settings.contract());
        ReceiptIssuer issuer = new ReceiptIssuer(coordinator, domain, settings.epoch(), settings.creditsPerPass());
        RunSummary summary = null;
        try (attempter;
             JournalEpochLedger ledger = JournalEpochLedger.open(dir.resolve(RunFiles.LEDGER), issuer.hasher())) {
            if (ledger.epoch(settings.epoch()).isEmpty()) {
                ledger.open(settings.epoch(), Epoch.commitmentOf(secret));
            }
            if (!checkpoint.complete()) {
                checkpoint = challengesFrom(checkpoint, issuer, ledger, nanos);
                if (checkpoint == null) {
                    writeTimings(started, resumedAt, nanos, false);
                    return null;
                }
            }
            long t = System.nanoTime();
            summary = new RunOutputs(dir, settings, renderer, listener).finish(ledger);
            nanos.merge("finish", System.nanoTime() - t, Long::sum);
            new Checkpoint(checkpoint.committed(), checkpoint.lengths(), true).write(dir);
        }
        writeTimings(started, resumedAt, nanos, true);
        return summary;
    }

    private Checkpoint challengesFrom(Checkpoint checkpoint, ReceiptIssuer issuer, JournalEpochLedger ledger,
                                      Map<String, Long> nanos) {
        Map<String, AppendFile> files = new LinkedHashMap<>();
        try {
            for (String name : RunFiles.APPEND_ONLY) {
                files.put(name, AppendFile.open(dir.resolve(name), checkpoint.lengths().get(name)));
            }
            issuer.recover(dir.resolve(RunFiles.RECEIPTS));
            long committed = checkpoint.committed();
            Tally tally = Tally.of(dir.resolve(RunFiles.ATTEMPTS));
            listener.progress(committed, settings.count(), tally.label());
            while (committed < settings.count()) {
                if (stopped) {
                    return null;
                }
                long t0 = System.nanoTime();
                GeneratedChallenge generated = challenges.apply(committed);
                long t1 = System.nanoTime();
                ChallengeAttempts attempts;
                try {
                    attempts = attempter.attempt(generated, committed);
                } catch (CancellationException e) {
                    return null;
                }
                long t2 = System.nanoTime();
                checkpoint = commit(committed, generated, attempts, files, issuer, ledger);
                committed = checkpoint.committed();
                nanos.merge("generate", t1 - t0, Long::sum);
                nanos.merge("attempt", t2 - t1, Long::sum);
                nanos.merge("commit", System.nanoTime() - t2, Long::sum);
                tally.add(attempts.records());
                listener.progress(committed, settings.count(), tally.label());
            }
            return checkpoint;
        } finally {
            files.values().forEach(AppendFile::close);
        }
    }

    private Checkpoint commit(long index, GeneratedChallenge generated, ChallengeAttempts attempts,
                              Map<String, AppendFile> files, ReceiptIssuer issuer, JournalEpochLedger ledger) {
        files.get(RunFiles.CHALLENGES).append(DacrJson.writeString(DocumentFormat.CHALLENGE, generated.challenge()) + "\n");
        files.get(RunFiles.KEYS).append(DacrJson.writeString(DocumentFormat.GENERATED_KEY,
                new GeneratedKey(generated.key(), generated.oracle())) + "\n");
        List<Receipt> receipts = new ArrayList<>();
        StringBuilder attemptLines = new StringBuilder();
        StringBuilder receiptLines = new StringBuilder();
        for (AttemptRecord r : attempts.records()) {
            attemptLines.append(DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, r)).append('\n');
            if (r.attempt().verdict().passed()) {
                Receipt receipt = issuer.issue(r.attempt(), MinerAddress.of(r.attempt().modelId()), generated.challenge());
                receipts.add(receipt);
                receiptLines.append(issuer.line(receipt));
            }
        }
        StringBuilder failureLines = new StringBuilder();
        for (ParseFailure f : attempts.parseFailures()) {
            failureLines.append(DacrJson.writeString(DocumentFormat.PARSE_FAILURE, f)).append('\n');
        }
        files.get(RunFiles.ATTEMPTS).append(attemptLines.toString());
        files.get(RunFiles.RECEIPTS).append(receiptLines.toString());
        files.get(RunFiles.PARSE_FAILURES).append(failureLines.toString());
        SortedMap<String, Long> lengths = new TreeMap<>();
        for (Map.Entry<String, AppendFile> e : files.entrySet()) {
            lengths.put(e.getKey(), e.getValue().force());
        }
        List<CompletableFuture<CreditOutcome>> credits = new ArrayList<>();
        for (Receipt receipt : receipts) {
            credits.add(ledger.creditAsync(receipt));
        }
        for (int i = 0; i < credits.size(); i++) {
            CreditOutcome outcome;
            try {
                outcome = credits.get(i).join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            if (outcome == CreditOutcome.DUPLICATE_CHALLENGE) {
                throw new DacrException("the ledger already credits challenge " + receipts.get(i).challengeId()
                        + " to " + receipts.get(i).miner() + " under another receipt: the ledger in " + dir
                        + " is not this run's");
            }
        }
        Checkpoint next = new Checkpoint(index + 1, lengths, false);
        next.write(dir);
        return next;
    }

    private void writeTimings(long started, long resumedAt, Map<String, Long> nanos, boolean complete) {
        ObjectNode json = RunFiles.JSON.createObjectNode();
        json.put("note", "wall-clock seconds of the last invocation; the only output that differs between runs");
        json.put("resumedAtChallenge", resumedAt);
        json.put("complete", complete);
        json.put("totalSeconds", seconds(System.nanoTime() - started));
        ObjectNode phases = json.putObject("phaseSeconds");
        nanos.forEach((k, v) -> phases.put(k, seconds(v)));
        RunFiles.writeAtomically(dir.resolve(RunFiles.TIMINGS), RunFiles.pretty(json));
    }

    private static BigDecimal seconds(long nanos) {
        return BigDecimal.valueOf(nanos / 1_000_000L, 3);
    }
}
