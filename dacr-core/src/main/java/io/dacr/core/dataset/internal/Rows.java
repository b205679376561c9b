package io.dacr.core.dataset.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dacr.api.Challenge;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.json.internal.Mappers;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What every export row shares: chat messages in the {@code {"role", "content"}} shape Hugging Face
 * tools read, the provenance columns, and one compact JSON object per line.
 */
final class Rows {

    private Rows() {
    }

    static List<Object> messages(List<ChatMessage> messages) {
        List<Object> out = new ArrayList<>();
        for (ChatMessage m : messages) {
            out.add(message(m.role().name().toLowerCase(Locale.ROOT), m.content()));
        }
        return out;
    }

    static Map<String, Object> message(String role, String content) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("content", content);
        return m;
    }

    /** The columns every row carries: challenge id, domain, generator and prompt versions. */
    static void provenance(Map<String, Object> row, Challenge challenge, String promptVersion) {
        row.put("challenge_id", challenge.id().toString());
        row.put("domain", challenge.domainId());
        row.put("generator_version", challenge.generatorVersion());
        row.put("prompt_version", promptVersion);
    }

    static List<ChatMessage> prompt(Function<Challenge, List<ChatMessage>> renderer, Challenge challenge) {
        List<ChatMessage> messages = renderer.apply(challenge);
        if (messages == null || messages.isEmpty()) {
            throw new IllegalStateException("the prompt renderer gave no message for " + challenge.id());
        }
        return messages;
    }

    static void write(Writer out, Map<String, Object> row) throws IOException {
        try {
            out.write(Mappers.MAPPER.writeValueAsString(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an export row", e);
        }
        out.write('\n');
    }
}
