package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * SHA-256 digests of a challenge's parts, each taken over the canonical JSON of that part (see the
 * README's "Formats"). Receipts carry them, so a receipt names exactly the content that was solved.
 *
 * @param document digest of the paragraphs
 * @param questions digest of the questions
 * @param constraints digest of the constraints
 */
public record ContentHashes(String document, String questions, String constraints) {

    /** Validates that each is 64 lower-case hex digits. */
    public ContentHashes {
        Checks.sha256Hex(document, "document");
        Checks.sha256Hex(questions, "questions");
        Checks.sha256Hex(constraints, "constraints");
    }
}
