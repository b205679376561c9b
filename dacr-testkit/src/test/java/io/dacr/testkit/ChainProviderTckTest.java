package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainProvider;
import java.net.URI;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The chain TCK passes a correct provider and fails each broken one on the test that names its flaw. */
class ChainProviderTckTest {

    private static final String CONTRACT = InMemoryChainProvider.CONTRACT;

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
            return new ChainConfig(URI.create("memory://" + InMemoryChainProvider.REACHABLE_HOST),
                    InMemoryChainProvider.CHAIN_ID, CONTRACT, new TreeMap<>());
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

    @TckFixture
    static class UnreachableWithoutReason extends InMemory {
        UnreachableWithoutReason() {
            super(InMemoryChainProvider.Flaw.UNREACHABLE_WITHOUT_REASON);
        }
    }

    @TckFixture
    static class IgnoresChainId extends InMemory {
        IgnoresChainId() {
            super(InMemoryChainProvider.Flaw.IGNORES_CHAIN_ID);
        }
    }

    @TckFixture
    static class AnyAddressIsTheContract extends InMemory {
        AnyAddressIsTheContract() {
            super(InMemoryChainProvider.Flaw.ANY_ADDRESS_IS_THE_CONTRACT);
        }
    }

    @TckFixture
    static class UnreadableAnswerIsUnreachable extends InMemory {
        UnreadableAnswerIsUnreachable() {
            super(InMemoryChainProvider.Flaw.UNREADABLE_ANSWER_IS_UNREACHABLE);
        }
    }

    @Test
    void aCorrectProviderPassesEveryTest() {
        TckRun run = TckRun.of(Correct.class);

        run.assertFailedExactly();
        assertEquals(11, run.succeeded().size(), () -> "passed: " + run.succeeded());
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

    @Test
    void anUnreachableNodeWithoutAReasonFailsTheUnreachableTest() {
        TckRun.of(UnreachableWithoutReason.class).assertFailedExactly("unreachableNodeFailsWithChainException");
    }

    @Test
    void aProviderThatIgnoresTheChainIdFailsBothWrongChainTests() {
        TckRun.of(IgnoresChainId.class).assertFailedExactly("aConfigurationNamingAnotherChainIsRefusedWithWrongChain",
                "aNodeOnAnotherChainIsRefusedWithWrongChain");
    }

    @Test
    void aProviderThatReadsZerosFromAnyAddressFailsTheNoContractTest() {
        TckRun.of(AnyAddressIsTheContract.class).assertFailedExactly("anAddressWithoutTheContractIsRefused");
    }

    @Test
    void anUnreadableAnswerReportedAsUnreachableFailsTheRpcErrorTest() {
        TckRun.of(UnreadableAnswerIsUnreachable.class).assertFailedExactly("aServerAnsweringSomethingOtherThanJsonRpcIsAnRpcError");
    }
}
