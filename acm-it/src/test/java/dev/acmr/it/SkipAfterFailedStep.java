package dev.acmr.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For the ordered ONAP flows: once a step fails, the later steps of the class are skipped naming it (each builds on
 * the state the previous ones left), so the report shows the one failure to fix rather than a cascade.
 */
final class SkipAfterFailedStep implements TestWatcher, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SkipAfterFailedStep.class);
    private static final String FAILED_STEP = "failedStep";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String failed = context.getTestMethod().isEmpty() ? null
                : classStore(context).get(FAILED_STEP, String.class);
        return failed == null ? ConditionEvaluationResult.enabled("no earlier step failed")
                : ConditionEvaluationResult.disabled("skipped: ONAP step " + failed + " failed before it");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        classStore(context).getOrComputeIfAbsent(FAILED_STEP, key -> context.getDisplayName(), String.class);
    }

    private static ExtensionContext.Store classStore(ExtensionContext methodContext) {
        return methodContext.getParent().orElse(methodContext).getStore(NAMESPACE);
    }
}
