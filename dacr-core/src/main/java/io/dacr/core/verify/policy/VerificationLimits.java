package io.dacr.core.verify.policy;

import io.dacr.api.internal.Checks;

/**
 * Hard caps on the size of every part of a submission. A submission over any cap is graded
 * {@code MALFORMED} with a reason naming the cap, before any costly work. The defaults admit real
 * documents (DACR-Bench's reach 79K characters and 723 paragraphs: citations up to
 * {@code paragraph_999999}, counts over every paragraph) while bounding the work per submission.
 *
 * @param maxArtifactChars longest artifact, in UTF-16 chars (at least 512)
 * @param maxAnswers most answers in a submission
 * @param maxAnswerChars longest answer text or citation, in chars
 * @param maxTraceSteps most trace steps, whatever the challenge's trace rules allow
 * @param maxStepFieldChars longest field of a trace step (entity, attribute, value, source, op,
 *     result, each input), in chars
 * @param maxInputsPerStep most inputs of one {@code compute_logic} step
 * @param maxNumberDigits most digits (before and after the point) of a number in a trace step or answer
 * @param maxChallengeIdChars longest challenge id a submission may give
 */
public record VerificationLimits(int maxArtifactChars, int maxAnswers, int maxAnswerChars, int maxTraceSteps,
                                 int maxStepFieldChars, int maxInputsPerStep, int maxNumberDigits,
                                 int maxChallengeIdChars) {

    /** The smallest artifact cap allowed: valid artifacts of the test kit reach this many bytes. */
    public static final int MIN_ARTIFACT_CHARS = 512;

    /** Validates. */
    public VerificationLimits {
        Checks.requireArgument(maxArtifactChars >= MIN_ARTIFACT_CHARS, "maxArtifactChars must be at least %d, was %d",
                MIN_ARTIFACT_CHARS, maxArtifactChars);
        Checks.positive(maxAnswers, "maxAnswers");
        Checks.positive(maxAnswerChars, "maxAnswerChars");
        Checks.positive(maxTraceSteps, "maxTraceSteps");
        Checks.positive(maxStepFieldChars, "maxStepFieldChars");
        Checks.positive(maxInputsPerStep, "maxInputsPerStep");
        Checks.requireArgument(maxNumberDigits >= 20 && maxNumberDigits <= 1000,
                "maxNumberDigits must be 20 to 1000, was %d", maxNumberDigits);
        Checks.positive(maxChallengeIdChars, "maxChallengeIdChars");
    }

    /**
     * @return 4,096-char artifacts, 1,000 answers of 1,024 chars, 1,000 trace steps with fields of
     *     1,024 chars and 1,024 inputs, 40-digit numbers, 256-char challenge ids
     */
    public static VerificationLimits defaults() {
        return new VerificationLimits(4096, 1000, 1024, 1000, 1024, 1024, 40, 256);
    }
}
