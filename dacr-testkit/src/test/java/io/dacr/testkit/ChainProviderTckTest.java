package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainProvider;
import java.net.URI;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The chain TCK passes a correct provider and fails each broken one on the test that names its flaw. */
class ChainProviderTckTest {

    private static final String CONTRACT = "0x" + "5f".repeat(20);

    /** Wires a TCK subclass to the in-memory provider with a given flaw. */
    abstract static class InMemory extends AbstractChainProviderTck {
        private final InMemoryChainProvider.Flaw flaw;

        InMemory(InMemoryChainProvider.Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected ChainProvider provider() {
            return new InMemoryChainProvider(flaw);
        }

        @Override
        protected ChainConfig reachableConfig() {
            return new ChainConfig(URI.create("memory://" + InMemoryChainProvider.REACHABLE_HOST), 31337, CONTRACT, new TreeMap<>());
        }

        @Override
        protected ChainConfig unreachableConfig() {
            return new ChainConfig(URI.create("memory://nowhere"), 31337, CONTRACT, new TreeMap<>());
        }
    }

    @TckFixture
    static class Correct extends InMemory {
        Correct() {
            super(InMemoryChainProvider.Flaw.NONE);
        }
    }

    @TckFixture
    static class BadId extends InMemory {
        BadId() {
            super(InMemoryChainProvider.Flaw.BAD_ID);
        }
    }

    @TckFixture
    static class IllegalStateWhenUnreachable extends InMemory {
        IllegalStateWhenUnreachable() {
            super(InMemoryChainProvider.Flaw.ILLEGAL_STATE_WHEN_UNREACHABLE);
        }
    }

    @TckFixture
    static class SecondCloseThrows extends InMemory {
        SecondCloseThrows() {
            super(InMemoryChainProvider.Flaw.SECOND_CLOSE_THROWS);
        }
    }

    @TckFixture
    static class UnknownMinerFails extends InMemory {
        UnknownMinerFails() {
            super(InMemoryChainProvider.Flaw.UNKNOWN_MINER_FAILS);
        }
    }

    @Test
    void aCorrectProviderPassesEveryTest() {
        TckRun run = TckRun.of(Correct.class);

        run.assertFailedExactly();
        assertEquals(6, run.succeeded().size(), () -> "passed: " + run.succeeded());
    }

    @Test
    void anInvalidIdFailsTheIdentifierTest() {
        TckRun.of(BadId.class).assertFailedExactly("idIsALowerCaseIdentifier");
    }

    @Test
    void anIllegalStateExceptionForAnUnreachableNodeFailsTheUnreachableTest() {
        TckRun.of(IllegalStateWhenUnreachable.class).assertFailedExactly("unreachableNodeFailsWithChainException");
    }

    @Test
    void aSecondCloseThatThrowsFailsTheIdempotenceTest() {
        TckRun.of(SecondCloseThrows.class).assertFailedExactly("closeIsIdempotent");
    }

    @Test
    void anErrorForAnUnknownMinerFailsTheCreditsTest() {
        TckRun.of(UnknownMinerFails.class).assertFailedExactly("creditsOfAnUnknownMinerAreZero");
    }
}
