package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs a {@link TckFixture} class on the Jupiter engine and reports which of its tests failed. */
final class TckRun {

    private final Set<String> failed;
    private final Set<String> succeeded;
    private final String failures;

    private TckRun(EngineExecutionResults results) {
        Events tests = results.testEvents();
        this.failed = methodNames(tests.failed());
        this.succeeded = methodNames(tests.succeeded());
        this.failures = tests.failed().stream()
                .map(e -> methodName(e) + ": " + e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse("?"))
                .collect(Collectors.joining("\n"));
        assertEquals(0, tests.skipped().count() + tests.aborted().count(), "no TCK test is skipped or aborted");
    }

    /**
     * @param fixture a TCK subclass annotated with {@link TckFixture}
     * @return what happened
     */
    static TckRun of(Class<?> fixture) {
        return new TckRun(EngineTestKit.engine("junit-jupiter")
                .configurationParameter(TckFixture.OnlyInsideTckRun.PARAMETER, "true")
                .selectors(selectClass(fixture))
                .execute());
    }

    /** @return the names of the test methods that failed, sorted */
    Set<String> failed() {
        return failed;
    }

    /** @return the names of the test methods that passed, sorted */
    Set<String> succeeded() {
        return succeeded;
    }

    /** Fails unless exactly {@code expected} failed, showing why each failed. */
    void assertFailedExactly(String... expected) {
        assertEquals(new TreeSet<>(Set.of(expected)), failed, () -> "failures:\n" + failures);
    }

    private static Set<String> methodNames(Events events) {
        return events.stream().map(TckRun::methodName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String methodName(Event event) {
        return event.getTestDescriptor().getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getMethodName())
                .orElse(event.getTestDescriptor().getDisplayName());
    }
}
