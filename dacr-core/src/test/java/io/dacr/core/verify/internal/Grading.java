package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;

/** Test helper: the answer grader run the way a verification runs it. */
final class Grading {

    private Grading() {
    }

    /** Grades in this thread's buffers, handed back after. */
    static CheckResult graded(String subject, String answer, GoldForms gold, int maxDigits) {
        Scratch scratch = Scratch.acquire();
        try {
            return AnswerGrader.grade(subject, answer, gold, maxDigits, scratch);
        } finally {
            scratch.release();
        }
    }
}
