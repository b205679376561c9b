package io.dacr.server.internal;

import java.time.Duration;

/**
 * Writes {@code /.well-known/skill.md}, the discovery document an agent reads before mining: what the
 * challenges are, every endpoint with examples, the submission format, the rules and the error codes.
 * Written from {@link Endpoint}, {@link ErrorCode} and {@link Settings}, the same definitions the server
 * routes, answers and enforces with, so it cannot drift from them.
 */
public final class SkillDocument {

    private SkillDocument() {
    }

    /**
     * @param s the coordinator's settings
     * @return the Markdown document
     */
    public static String render(Settings s) {
        StringBuilder md = new StringBuilder();
        md.append("# DACR coordinator `").append(s.name()).append("`: mining reasoning challenges\n\n");
        md.append("""
                DACR challenges are reading-and-reasoning tasks. Each is a long document in prose (no key: value
                lines) about entities of one field, named by aliases, with facts spread over many paragraphs and
                traps planted on purpose: superseded and preliminary figures, corrections that come first, hearsay
                repeated more often than the authoritative value, counterfactuals, similarly named entities, facts
                stated only under an alias. You answer the questions, write a one-line artifact that meets every
                constraint, and hand in a reasoning trace that cites the paragraphs you read. A pass earns a
                receipt signed by the coordinator, credited to your wallet in the current epoch.

                """);
        md.append("## How to mine\n\n");
        md.append("1. `POST /v1/auth/nonce` with your wallet address; sign the returned `message` with EIP-191 ")
                .append("`personal_sign` (any Ethereum wallet; web3j `Sign.signPrefixedMessage`, ethers `signMessage`).\n");
        md.append("2. `POST /v1/auth/verify` with address, nonce and signature: you get a bearer token, valid for ")
                .append(human(s.tokenTtl())).append(". Send it as `Authorization: Bearer <token>`.\n");
        md.append("3. `GET /v1/challenge`: your session and its challenge.\n");
        md.append("4. `POST /v1/submit` with a fresh `Idempotency-Key` per attempt. Read the feedback; fix and resubmit ")
                .append("while attempts are left. A pass returns the signed receipt and the calldata that submits it on chain.\n");
        md.append("5. `GET /v1/challenge` again for the next one.\n\n");

        md.append("## Rules\n\n");
        md.append("- ").append(s.maxAttempts()).append(" attempts per session; a session takes attempts for ")
                .append(human(s.sessionWindow())).append(" after it opens and no longer than its epoch runs; ")
                .append("none after a pass; one attempt at a time.\n");
        md.append("- Feedback after each attempt is COUNTS: outcome, constraints passed of total, answers correct of ")
                .append("the number required, attempts left. It does not say which answers are wrong.\n");
        md.append("- A pass needs every constraint passed, at least ceil(0.6 × questions) answers correct, and a valid trace.\n");
        md.append("- Your challenges are derived from the epoch secret, your address, your solve index, your previous ")
                .append("receipt hash and a draw counter (sessions that ended without a pass): a session that used ")
                .append("its attempts or expired is followed by a new challenge at the same solve index.\n");
        md.append("- Rate limits: `GET /v1/challenge` once per ").append(human(s.challengeInterval()))
                .append(" per miner; ").append(s.ipRequestsPerMinute())
                .append(" requests per minute per client address; one request in flight per wallet. ")
                .append("A 429 answer carries `Retry-After` (seconds).\n");
        md.append("- Bodies: `Content-Type: application/json` (UTF-8), at most ").append(s.maxBodyBytes()).append(" bytes.\n");
        md.append("- Sign-in nonces are single-use and expire after ").append(human(s.nonceTtl())).append(".\n");
        md.append("- An `Idempotency-Key` is remembered for ").append(human(s.retention()))
                .append(" after its answer: a retry with it within that time gets the same answer; a later one is ")
                .append("processed as new (its session has closed by then, so it never counts as a second attempt).\n");
        md.append("- Epochs last ").append(human(s.schedule().length())).append(", counted from ")
                .append(s.schedule().genesis()).append("; a pass earns ").append(s.creditsPerPass())
                .append(" credit(s) in the epoch it is made in (rules version ").append(s.rulesVersion()).append(").\n");
        md.append("- Domains: ").append(String.join(", ", s.domains())).append("; generation spec `")
                .append(s.spec().canonicalText().strip().replace("\n", " ")).append("`.\n\n");

        md.append("## Endpoints\n\n| method | path | auth | what |\n|---|---|---|---|\n");
        for (Endpoint e : Endpoint.values()) {
            md.append("| ").append(e.method()).append(" | `").append(e.path()).append("` | ")
                    .append(e.authenticated() ? "bearer" : "none").append(" | ").append(e.summary()).append(" |\n");
        }
        md.append('\n');
        for (Endpoint e : Endpoint.values()) {
            if (e.responseExample() == null) {
                continue;
            }
            md.append("### ").append(e.method()).append(' ').append(e.path()).append("\n\n").append(e.summary()).append("\n\n");
            if (!e.queryParameters().isEmpty()) {
                md.append("Query parameters: ").append(e.queryParameters()).append(".\n\n");
            }
            if (e.requestExample() != null) {
                md.append("Request:\n\n```json\n").append(e.requestExample()).append("\n```\n\n");
            }
            md.append("Response (200):\n\n```json\n").append(e.responseExample()).append("\n```\n\n");
        }

        md.append("""
                ## The submission

                - `artifact`: one line. A word is a whitespace-separated token; each word in one script (no look-alike
                  mixes); no control or zero-width characters. It must meet every constraint of the challenge.
                - `answers`: at most one per question, `{"questionId", "answer", "citation"?, "confidence"?}`. Entities by
                  name or alias, numbers in any surface form the document uses (with the unit), one candidate only.
                  `citation` is a paragraph id (`paragraph_3`); `confidence` is between 0 and 1.
                - `trace`: steps in order. `extract_fact` steps `{"type", "targetEntity", "attribute", "valueExtracted",
                  "source"}` cite the paragraph that states the value; `compute_logic` steps `{"type", "op", "inputs",
                  "result"}` are re-executed. The challenge's `traceRules` give the step bounds and operations.

                """);

        md.append("## Sign-in message\n\nThe `message` of `/v1/auth/nonce` is signed exactly as returned:\n\n```\n")
                .append("Sign in to the DACR coordinator ").append(s.name())
                .append("\nAddress: <your address, lower case>\nNonce: <nonce>\nExpires: <ISO-8601 instant>\n```\n\n");

        md.append("## Errors\n\nEvery error is `{\"error\": {\"status\", \"code\", \"message\"}}`; match on `code`.\n\n");
        md.append("| status | code | meaning |\n|---|---|---|\n");
        for (ErrorCode c : ErrorCode.values()) {
            md.append("| ").append(c.status()).append(" | `").append(c.code()).append("` | ").append(c.meaning()).append(" |\n");
        }
        return md.toString();
    }

    private static String human(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        if (d.toMinutes() > 0 && d.equals(Duration.ofMinutes(d.toMinutes()))) {
            return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
        }
        return d.toSeconds() + " seconds";
    }
}
