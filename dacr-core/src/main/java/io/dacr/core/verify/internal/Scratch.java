package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.QuestionAnswer;
import java.util.Arrays;

/**
 * The buffers a verification works in: two normal-form buffers (an answer or entity name, and an
 * attribute name), the parts of the last number read, the numbers of a compute step, a buffer of chars
 * for a number's text, the artifact's words, and the arrays of per-answer and per-check results.
 *
 * <p>Grading a submission takes a few microseconds, and allocating and clearing these buffers afresh
 * for each one was a sizeable part of that; so each thread keeps one set ({@link #acquire}) and hands it
 * back when its verification ends ({@link #release}), which drops every reference to the submission.
 * Each buffer is written before it is read within a verification, so nothing carries over from one to
 * the next. A buffer grows to the largest input seen on its thread, which the verifier's caps bound. A
 * verification that finds its thread's set in use (one started inside another) works in a fresh set.
 * Confined to one thread, so not thread-safe.
 */
final class Scratch {

    private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

    /** The normal form of an answer, or of a trace step's entity name. */
    final NormalText text = new NormalText();
    /** The normal form of a trace step's attribute name. */
    final NormalText attribute = new NormalText();
    /** The last number read. */
    final ParsedNumber number = new ParsedNumber();
    /** The artifact's words. */
    final Artifact artifact = new Artifact();
    private Operands operands;
    private char[] chars = new char[32];
    private QuestionAnswer[] answers = new QuestionAnswer[16];
    private CheckResult[] answerResults = new CheckResult[16];
    private CheckResult[] constraintResults = new CheckResult[16];
    /** How many entries of {@link #answers} the current verification uses. */
    private int answersUsed;
    private boolean inUse;

    private Scratch() {
    }

    /**
     * @return this thread's buffers, or fresh ones if they are in use; hand them back with
     *     {@link #release}
     */
    static Scratch acquire() {
        Scratch scratch = PER_THREAD.get();
        if (scratch.inUse) {
            scratch = new Scratch();
        }
        scratch.inUse = true;
        return scratch;
    }

    /** Ends a verification: drops its references to the submission and frees the buffers. */
    void release() {
        artifact.clear();
        Arrays.fill(answers, 0, answersUsed, null);
        answersUsed = 0;
        inUse = false;
    }

    /** @return the numbers of the compute step being checked, made when a step first needs them */
    Operands operands() {
        if (operands == null) {
            operands = new Operands();
        }
        return operands;
    }

    /**
     * @param length a number of chars
     * @return a buffer of at least that many chars, its content undefined
     */
    char[] chars(int length) {
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        return chars;
    }

    /**
     * @param size a number of questions
     * @return an array of at least that many answers, the first {@code size} of them null
     */
    QuestionAnswer[] answers(int size) {
        if (answers.length < size) {
            answers = new QuestionAnswer[Math.max(size, 2 * answers.length)];
        } else {
            Arrays.fill(answers, 0, size, null);
        }
        answersUsed = size;
        return answers;
    }

    /**
     * @param size a number of questions
     * @return an array of at least that many results, its content undefined
     */
    CheckResult[] answerResults(int size) {
        if (answerResults.length < size) {
            answerResults = new CheckResult[Math.max(size, 2 * answerResults.length)];
        }
        return answerResults;
    }

    /**
     * @param size a number of constraints
     * @return an array of at least that many results, its content undefined
     */
    CheckResult[] constraintResults(int size) {
        if (constraintResults.length < size) {
            constraintResults = new CheckResult[Math.max(size, 2 * constraintResults.length)];
        }
        return constraintResults;
    }
}
