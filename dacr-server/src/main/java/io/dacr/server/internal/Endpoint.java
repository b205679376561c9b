package io.dacr.server.internal;

/**
 * The coordinator's endpoints: the router dispatches on this list and the discovery document describes
 * it, so the two cannot disagree. Examples are checked by tests against the real codecs.
 */
public enum Endpoint {
    /** The discovery document. */
    SKILL("GET", "/.well-known/skill.md", false,
            "This document: what DACR challenges are and how to mine them here.",
            "", null, null),
    /** Sign-in, step 1. */
    AUTH_NONCE("POST", "/v1/auth/nonce", false,
            "Start signing in: get a single-use nonce and the exact message your wallet signs.",
            "", "{\"address\": \"0x5ce9454909639d2d17a3f753ce7d93fa0b9ab12e\"}",
            "{\"address\": \"0x5ce9454909639d2d17a3f753ce7d93fa0b9ab12e\", \"nonce\": \"1795996800-4f1c…-9a0e…\",\n"
                    + " \"message\": \"Sign in to the DACR coordinator dacr\\nAddress: 0x5ce9…\\nNonce: 1795996800-4f1c…\\nExpires: 2026-11-30T00:00:00Z\",\n"
                    + " \"expiresAt\": \"2026-11-30T00:00:00Z\"}"),
    /** Sign-in, step 2. */
    AUTH_VERIFY("POST", "/v1/auth/verify", false,
            "Finish signing in: send the EIP-191 personal_sign signature of the message; get a bearer token.",
            "", "{\"address\": \"0x5ce9454909639d2d17a3f753ce7d93fa0b9ab12e\", \"nonce\": \"1795996800-4f1c…-9a0e…\",\n"
                    + " \"signature\": \"0x<r 64 hex><s 64 hex><v 2 hex>\"}",
            "{\"miner\": \"0x5ce9454909639d2d17a3f753ce7d93fa0b9ab12e\", \"tokenType\": \"Bearer\",\n"
                    + " \"token\": \"dacr1.0x5ce9….1796000400.7b1d…\", \"expiresAt\": \"2026-11-30T01:00:00Z\"}"),
    /** Fetch the current or next challenge. */
    CHALLENGE("GET", "/v1/challenge", true,
            "Your current session's challenge, or your next one if the last session passed, used its attempts or "
                    + "expired. Asking again returns the same open session.",
            "", null,
            "{\"session\": {\"sessionId\": \"ses-0c9d…\", \"challengeId\": \"dacr1.g2.corporate-finance.5f2a….epoch-7.8214….0c9d…\",\n"
                    + "  \"epoch\": 7, \"solveIndex\": 3, \"previousReceiptHash\": \"0x…\", \"maxAttempts\": 3, \"attemptsLeft\": 3,\n"
                    + "  \"openedAt\": \"2026-11-29T12:00:00Z\", \"expiresAt\": \"2026-11-29T12:15:00Z\"},\n"
                    + " \"challenge\": {\"schemaVersion\": 1, \"id\": \"dacr1.g2.…\", \"domainId\": \"corporate-finance\", \"paragraphs\": […],\n"
                    + "  \"questions\": […], \"constraints\": […], \"traceRules\": {…}, \"hashes\": {…}}}"),
    /** Submit an attempt. */
    SUBMIT("POST", "/v1/submit", true,
            "Submit an attempt at your session's challenge. Requires an Idempotency-Key header: a retry with the same "
                    + "key and body gets the same answer and never uses a second attempt. Optional header "
                    + "X-Dacr-Model names the model that made the attempt.",
            "", "{\"schemaVersion\": 1, \"challengeId\": \"dacr1.g2.corporate-finance.5f2a9c1e0b7d3a11.epoch-7.42.0c9d2e4f6a8b0c1d3e5f7a9b1c3d5e7f\",\n"
                    + " \"artifact\": \"Kelmara carries Zoë\",\n"
                    + " \"answers\": [{\"questionId\": \"q1\", \"answer\": \"$1.664 billion\", \"citation\": \"paragraph_3\", \"confidence\": 0.90},\n"
                    + "             {\"questionId\": \"q2\", \"answer\": \"Kelmara Air\"}],\n"
                    + " \"trace\": [{\"type\": \"extract_fact\", \"targetEntity\": \"KA\", \"attribute\": \"revenue\",\n"
                    + "            \"valueExtracted\": \"1,664 million dollars\", \"source\": \"paragraph_3\"},\n"
                    + "           {\"type\": \"compute_logic\", \"op\": \"multiply\", \"inputs\": [\"1664\", \"1000000\"], \"result\": \"1664000000\"}]}",
            "{\"sessionId\": \"ses-0c9d…\", \"challengeId\": \"dacr1.g2.…\", \"attempt\": 2, \"passed\": true,\n"
                    + " \"feedback\": \"PASS: constraints 6/6 passed, answers 5/5 correct (3 required), 0 attempts left\", \"attemptsLeft\": 0,\n"
                    + " \"receipt\": {\"schemaVersion\": 1, \"miner\": \"0x5ce9…\", \"epoch\": 7, \"solveIndex\": 3, …, \"credits\": 1},\n"
                    + " \"receiptHash\": \"0x…\", \"signature\": \"0x…\", \"calldata\": {\"to\": \"0x…\", \"data\": \"0x…\"}}"),
    /** The epoch. */
    EPOCH("GET", "/v1/epoch", false,
            "The current epoch (or ?epoch=N): its window, state, secret commitment (SHA-256 of the secret), total credits, "
                    + "and its secret once it is closed and a session window has passed since its end, so anyone "
                    + "can check every challenge of the epoch.",
            "epoch (optional)", null,
            "{\"epoch\": 7, \"current\": true, \"state\": \"open\", \"startsAt\": \"2026-11-29T00:00:00Z\", \"endsAt\": \"2026-11-30T00:00:00Z\",\n"
                    + " \"secretCommitment\": \"0x…\", \"revealedSecret\": null, \"totalCredits\": 412, \"creditsPerPass\": 1}"),
    /** A miner's credits. */
    CREDITS("GET", "/v1/credits", false,
            "A miner's credits in the current epoch (or ?epoch=N).",
            "miner (required), epoch (optional)", null,
            "{\"miner\": \"0x5ce9…\", \"epoch\": 7, \"credits\": 4, \"epochTotalCredits\": 412}"),
    /** Calldata to claim rewards. */
    CLAIM_CALLDATA("GET", "/v1/claim-calldata", true,
            "The calldata of the mining contract's claim call for your direct (FLOOR) rewards of closed epochs; "
                    + "send it from your wallet.",
            "epochs (required): comma-separated epoch numbers, e.g. epochs=5,6", null,
            "{\"miner\": \"0x5ce9…\", \"epochs\": [5, 6], \"credits\": [3, 4], \"to\": \"0x…\", \"data\": \"0x…\"}");

    private final String method;
    private final String path;
    private final boolean authenticated;
    private final String summary;
    private final String queryParameters;
    private final String requestExample;
    private final String responseExample;

    Endpoint(String method, String path, boolean authenticated, String summary, String queryParameters,
             String requestExample, String responseExample) {
        this.method = method;
        this.path = path;
        this.authenticated = authenticated;
        this.summary = summary;
        this.queryParameters = queryParameters;
        this.requestExample = requestExample;
        this.responseExample = responseExample;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the path */
    public String path() {
        return path;
    }

    /** @return whether a bearer token is required */
    public boolean authenticated() {
        return authenticated;
    }

    /** @return what it does */
    public String summary() {
        return summary;
    }

    /** @return the query parameters it reads, empty if none */
    public String queryParameters() {
        return queryParameters;
    }

    /** @return an example request body, or null if it reads none */
    public String requestExample() {
        return requestExample;
    }

    /** @return an example response body, or null for the discovery document */
    public String responseExample() {
        return responseExample;
    }

    /**
     * @param path a request path
     * @return the endpoints at that path (one, or none)
     */
    public static Endpoint atPath(String path) {
        for (Endpoint e : values()) {
            if (e.path.equals(path)) {
                return e;
            }
        }
        return null;
    }
}
