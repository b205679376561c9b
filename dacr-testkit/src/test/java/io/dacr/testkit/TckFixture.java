package io.dacr.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a TCK subclass wired to a test-only provider, broken on purpose or not. Such a class runs
 * only when a test runs it through {@link TckRun}; anywhere else (an IDE running every class, a
 * build that scans nested classes) it is skipped, since its failures are expected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TckFixture.OnlyInsideTckRun.class)
@interface TckFixture {

    /** Enables a fixture only when the configuration parameter set by {@link TckRun} is present. */
    final class OnlyInsideTckRun implements ExecutionCondition {

        /** The configuration parameter {@link TckRun} sets. */
        static final String PARAMETER = "dacr.testkit.run-fixtures";

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> run = context.getConfigurationParameter(PARAMETER);
            return run.filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by a TCK test")
                    : ConditionEvaluationResult.disabled("a TCK fixture runs only inside the test kit's own TCK tests");
        }
    }
}
