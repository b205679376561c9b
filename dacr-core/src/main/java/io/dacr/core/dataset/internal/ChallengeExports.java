package io.dacr.core.dataset.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.GoldAnswer;
import io.dacr.api.internal.CanonicalJson;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** RL rows, one per challenge: TRL's prompt-only shape and verl's. */
public final class ChallengeExports {

    private ChallengeExports() {
    }

    /**
     * TRL GRPO rows: the prompt and the columns a reward function receives as keyword arguments.
     *
     * @param challenges the challenges
     * @param sources prompts
     * @param out where to write
     * @return rows written
     * @throws IOException if writing fails
     */
    public static long trl(Iterator<Challenge> challenges, Sources sources, Writer out) throws IOException {
        long written = 0;
        while (challenges.hasNext()) {
            Challenge c = challenges.next();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("prompt", Rows.messages(Rows.prompt(sources.prompt(), c)));
            Rows.provenance(row, c, sources.promptVersion());
            Rows.write(out, row);
            written++;
        }
        return written;
    }

    /**
     * verl rows. {@code reward_model.ground_truth} is the canonical JSON text of the gold answers by
     * question id (a string, so every row has one Parquet type); {@code extra_info} names the challenge,
     * so a reward function can ask {@code dacr serve-reward} for the full grade.
     *
     * @param challenges the challenges
     * @param sources prompts and keys (a challenge without a key is an error)
     * @param out where to write
     * @return rows written
     * @throws IOException if writing fails
     */
    public static long verl(Iterator<Challenge> challenges, Sources sources, Writer out) throws IOException {
        long index = 0;
        while (challenges.hasNext()) {
            Challenge c = challenges.next();
            AnswerKey key = sources.key().apply(c.id().toString());
            if (key == null) {
                throw new io.dacr.api.DacrException("verl rows need the answer key of " + c.id() + "; give the keys file");
            }
            Map<String, Object> gold = new TreeMap<>();
            for (GoldAnswer g : key.answers()) {
                gold.put(g.questionId(), g.canonical());
            }
            Map<String, Object> reward = new LinkedHashMap<>();
            reward.put("style", "rule");
            reward.put("ground_truth", CanonicalJson.toText(gold));
            Map<String, Object> extra = new LinkedHashMap<>();
            Rows.provenance(extra, c, sources.promptVersion());
            extra.put("index", index);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("data_source", "dacr/" + c.domainId());
            row.put("prompt", Rows.messages(Rows.prompt(sources.prompt(), c)));
            row.put("ability", "reasoning");
            row.put("reward_model", reward);
            row.put("extra_info", extra);
            Rows.write(out, row);
            index++;
        }
        return index;
    }
}
