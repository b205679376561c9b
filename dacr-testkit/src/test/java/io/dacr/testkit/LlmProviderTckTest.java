package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.LlmProvider;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The LLM TCK passes a correct provider and fails each broken one on the test that names its flaw. */
class LlmProviderTckTest {

    /** Wires a TCK subclass to the in-memory provider with a given flaw. */
    abstract static class InMemory extends AbstractLlmProviderTck {
        private final InMemoryLlmProvider.Flaw flaw;

        InMemory(InMemoryLlmProvider.Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected LlmProvider provider() {
            return new InMemoryLlmProvider(flaw);
        }

        @Override
        protected LlmConfig workingConfig() {
            return LlmConfig.builder(URI.create("memory://" + InMemoryLlmProvider.ANSWERING_HOST + "/v1"), "test-model").build();
        }

        @Override
        protected LlmConfig unreachableConfig() {
            return LlmConfig.builder(URI.create("memory://nowhere/v1"), "test-model").build();
        }
    }

    @TckFixture
    static class Correct extends InMemory {
        Correct() {
            super(InMemoryLlmProvider.Flaw.NONE);
        }
    }

    @TckFixture
    static class BadId extends InMemory {
        BadId() {
            super(InMemoryLlmProvider.Flaw.BAD_ID);
        }
    }

    @TckFixture
    static class IllegalStateWhenUnreachable extends InMemory {
        IllegalStateWhenUnreachable() {
            super(InMemoryLlmProvider.Flaw.ILLEGAL_STATE_WHEN_UNREACHABLE);
        }
    }

    @TckFixture
    static class NotRetriableWhenUnreachable extends InMemory {
        NotRetriableWhenUnreachable() {
            super(InMemoryLlmProvider.Flaw.NOT_RETRIABLE_WHEN_UNREACHABLE);
        }
    }

    @TckFixture
    static class ContactsServerOnCreate extends InMemory {
        ContactsServerOnCreate() {
            super(InMemoryLlmProvider.Flaw.CONTACTS_SERVER_ON_CREATE);
        }
    }

    @TckFixture
    static class SecondCloseThrows extends InMemory {
        SecondCloseThrows() {
            super(InMemoryLlmProvider.Flaw.SECOND_CLOSE_THROWS);
        }
    }

    @TckFixture
    static class AcceptsNullRequest extends InMemory {
        AcceptsNullRequest() {
            super(InMemoryLlmProvider.Flaw.ACCEPTS_NULL_REQUEST);
        }
    }

    @Test
    void aCorrectProviderPassesEveryTest() {
        TckRun run = TckRun.of(Correct.class);

        run.assertFailedExactly();
        assertEquals(9, run.succeeded().size(), () -> "passed: " + run.succeeded());
    }

    @Test
    void anInvalidIdFailsTheIdentifierTest() {
        TckRun.of(BadId.class).assertFailedExactly("idIsALowerCaseIdentifier");
    }

    @Test
    void anIllegalStateExceptionForAnUnreachableServerFailsTheUnreachableTest() {
        TckRun.of(IllegalStateWhenUnreachable.class).assertFailedExactly("unreachableServerFailsWithARetriableTransportOrTimeoutError");
    }

    @Test
    void aNonRetriableErrorForAnUnreachableServerFailsTheUnreachableTest() {
        TckRun.of(NotRetriableWhenUnreachable.class).assertFailedExactly("unreachableServerFailsWithARetriableTransportOrTimeoutError");
    }

    @Test
    void contactingTheServerOnCreateFailsTheCreateTest() {
        TckRun.of(ContactsServerOnCreate.class).assertFailedExactly("createDoesNotContactTheServer");
    }

    @Test
    void aSecondCloseThatThrowsFailsTheIdempotenceTest() {
        TckRun.of(SecondCloseThrows.class).assertFailedExactly("closeIsIdempotent");
    }

    @Test
    void answeringANullRequestFailsTheNullRequestTest() {
        TckRun.of(AcceptsNullRequest.class).assertFailedExactly("nullRequestIsRefusedPromptly");
    }
}
