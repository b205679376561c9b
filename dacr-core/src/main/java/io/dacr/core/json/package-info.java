/**
 * DACR's JSON formats: reading and writing challenges, answer keys, submissions, verdicts, attempt
 * records, receipts, distributions, epochs, generation specs and keys-file lines, as documents and as JSON Lines, and
 * the canonical JSON that content hashes are taken of.
 *
 * <pre>{@code
 * String json = DacrJson.writePretty(DocumentFormat.SUBMISSION, submission);
 * Submission read = DacrJson.read(DocumentFormat.SUBMISSION, json);
 * }</pre>
 *
 * <p>JSON Schemas (draft 2020-12) of the public formats ship in this jar as resources:
 * {@code io/dacr/schemas/challenge.schema.json}, {@code submission.schema.json},
 * {@code verdict.schema.json} and {@code attempt.schema.json}; so do those of the secret and stored
 * ones: {@code answer_key.schema.json}, {@code generated_key.schema.json} (a keys-file line) and
 * {@code attempt_record.schema.json} (an attempt-store line). {@code docs/formats.md} describes every
 * format, the canonical form and the content-hash definition.
 */
package io.dacr.core.json;
