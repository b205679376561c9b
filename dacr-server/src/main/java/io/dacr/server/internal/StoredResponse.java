package io.dacr.server.internal;

import io.dacr.api.internal.Checks;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP answer kept for an idempotency key: status and JSON body.
 *
 * @param status the HTTP status
 * @param body the JSON body, UTF-8 text
 */
public record StoredResponse(int status, String body) {

    /** Validates. */
    public StoredResponse {
        Checks.requireArgument(status >= 200 && status < 600, "status %d is not an HTTP status", status);
        Checks.notNull(body, "body");
    }

    /** @return the body's UTF-8 bytes */
    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
