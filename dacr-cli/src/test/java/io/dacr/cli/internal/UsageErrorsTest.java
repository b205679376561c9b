package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Usage errors never echo what they could not match: a mistyped secret option ({@code --sed} for
 * {@code --seed}) is followed by the secret itself, and the error must not print it.
 */
class UsageErrorsTest {

    private static final String SECRET = "s3cret-value-1234567890";

    /** {@code dacr generate} with every required option, then {@code extra}: the parse fails only on {@code extra}. */
    private static CliRun generate(String... extra) {
        String[] args = new String[7 + extra.length];
        System.arraycopy(new String[] {"generate", "--domain", "corporate-finance", "--count", "1", "--out", "c.jsonl"},
                0, args, 0, 7);
        System.arraycopy(extra, 0, args, 7, extra.length);
        return CliRun.run(args);
    }

    @Test
    void anUnknownOptionIsNamedButTheValueAfterItIsNotShown() {
        CliRun run = generate("--sed", SECRET);

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("dacr: Unknown option: '--sed', and 1 unmatched argument not shown (it could be a secret)",
                run.errLines().get(0));
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void anUnknownOptionStillSuggestsTheOptionThatWasMeant() {
        CliRun run = generate("--sed", SECRET);

        assertTrue(run.err().contains("--seed"), run.err());
        assertEquals("Try 'dacr generate --help' for more information.", run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void anUnknownOptionWithAnAttachedValueIsNamedWithoutTheValue() {
        CliRun run = generate("--sed=" + SECRET);

        assertEquals("dacr: Unknown option: '--sed'", run.errLines().get(0));
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aValueThatLooksLikeAShortOptionClusterIsNotShown() {
        CliRun run = generate("--sed", "-" + SECRET);

        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aStrayArgumentIsNotShown() {
        CliRun run = generate(SECRET);

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("dacr: Unmatched argument (not shown: it could be a secret)", run.errLines().get(0));
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aSecretOptionGivenToACommandWithoutItIsNotEchoed() {
        CliRun run = CliRun.run("serve", "--seed", SECRET);

        assertEquals(Cli.USAGE, run.exitCode());
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aRepeatedSecretOptionDoesNotEchoEitherValue() {
        CliRun run = generate("--seed", SECRET, "--seed", SECRET + "x");

        assertEquals(Cli.USAGE, run.exitCode());
        assertFalse(run.err().contains(SECRET), run.err());
    }
}
