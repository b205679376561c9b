package io.dacr.core.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.QuestionAnswer;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.JsonlAttemptStore;
import io.dacr.core.session.StoredAttempts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the harness records when a reply holds text that cannot be written, and when recording fails. */
class MinerRecordingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The passing reply with one more answer whose JSON string escapes a lone high surrogate (half an emoji). */
    private static String passingWithHalfAnEmoji() {
        return MinerFixtures.passing().replaceFirst("\"answers\"\\s*:\\s*\\{",
                Matcher.quoteReplacement("\"answers\":{\"q99\":{\"answer\":\"bad \\ud83d\"},"));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aLoneSurrogateInAnAnswerIsRecordedAsAReplacementCharacterNotAnError() {
        assertTrue(passingWithHalfAnEmoji().contains("\"bad \\ud83d\""), passingWithHalfAnEmoji());
        Path records = dir.resolve("attempts.jsonl");
        MiningReport report;
        try (JsonlAttemptStore store = JsonlAttemptStore.open(records);
             JsonlParseFailureLog failures = JsonlParseFailureLog.open(dir.resolve("failures.jsonl"))) {
            report = Miner.builder(ScriptedBackend.replaying(passingWithHalfAnEmoji(), MinerFixtures.passing(),
                            MinerFixtures.passing()), store).parseFailures(failures).clock(CLOCK).build()
                    .mine(List.of(MinerFixtures.task()).iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChallengeOutcome outcome = report.outcomes().get(0);
        assertNotEquals(ChallengeOutcome.Status.ERROR, outcome.status(), outcome.detail());
        List<AttemptRecord> read = JsonlAttemptStore.read(records).records();
        assertFalse(read.isEmpty());
        List<QuestionAnswer> answers = read.get(0).attempt().submission().answers();
        assertTrue(answers.stream().anyMatch(a -> a.answer().equals("bad \uFFFD")), answers.toString());
    }

    @Test
    void aLoneSurrogateInARawReplyIsRecordedAsAReplacementCharacter() {
        Recorded recorded = new Recorded();
        String halfEmoji = "I think the answer is \uD83D";
        String passingWithHalfEmoji = MinerFixtures.passing() + "\n\uDE00 done";

        Miner.builder(ScriptedBackend.replaying(halfEmoji, passingWithHalfEmoji), recorded).parseFailures(recorded)
                .clock(CLOCK).build().mine(List.of(MinerFixtures.task()).iterator());

        ParseFailure failure = recorded.parseFailures().get(0);
        assertEquals("I think the answer is \uFFFD", failure.response());
        String response = recorded.attempts().get(0).origin().response();
        assertTrue(wellFormed(response), response);
        assertTrue(response.endsWith("\n\uFFFD done"), response);
    }

    @Test
    void aStoreThatFailsEndsTheChallengeAsATypedRecordingError() {
        AttemptStore failing = new AttemptStore() {
            @Override
            public void append(AttemptRecord record) {
                throw new IllegalArgumentException("a string of the record holds an unpaired surrogate");
            }

            @Override
            public StoredAttempts readAll() {
                return new StoredAttempts(List.of(), 0);
            }
        };
        RecordingException[] seen = new RecordingException[1];
        Strategy probe = new Strategy() {
            @Override
            public String name() {
                return "probe";
            }

            @Override
            public void solve(MiningContext context) {
                try {
                    context.submit(context.ask(context.prompts().messages(context.challenge())));
                } catch (RecordingException e) {
                    seen[0] = e;
                    throw e;
                }
            }
        };

        MiningReport report = Miner.builder(ScriptedBackend.replaying(MinerFixtures.passing()), failing).strategy(probe)
                .clock(CLOCK).build().mine(List.of(MinerFixtures.task()).iterator());

        ChallengeOutcome outcome = report.outcomes().get(0);
        assertEquals(ChallengeOutcome.Status.ERROR, outcome.status());
        assertInstanceOf(IllegalArgumentException.class, seen[0].getCause());
        assertTrue(outcome.detail().startsWith("cannot record attempt 1 of "), outcome.detail());
        assertTrue(outcome.detail().endsWith("unpaired surrogate"), outcome.detail());
        assertEquals(0, outcome.attempts());
    }
}
