package io.dacr.server.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.ChallengeId;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.reward.Epoch;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a miner's challenges come from. Each epoch has a secret derived from the coordinator secret; its
 * commitment ({@link Epoch#commitmentOf}, SHA-256) is what the ledger records when the epoch opens, and the
 * secret itself is revealed through the ledger once the epoch is closed. A miner's next challenge is a pure function of (epoch secret,
 * miner, solve index, previous receipt hash, draw):
 *
 * <pre>
 * h      = HMAC-SHA256(epoch secret, "dacr-coordinator/challenge/v1\n" miner "\n" solveIndex "\n" previousReceiptHash "\n" draw)
 * index  = first 8 bytes of h, big-endian, top bit cleared
 * domain = domains[(bytes 8..11 of h as unsigned int) mod |domains|]
 * id     = generator's challenge (domain, spec, namespace "epoch-" epoch, index) under the epoch secret
 * </pre>
 *
 * The draw counts the sessions at one solve index that ended without a pass, so a miner who used up
 * the attempts gets a different challenge at the same solve index. Generated challenges are cached by
 * id; any instance regenerates the same bytes.
 */
public final class ChallengeSource {

    private static final Pattern EPOCH_NAMESPACE = Pattern.compile("epoch-(0|[1-9][0-9]{0,17})");

    private final ChallengeGenerator generator;
    private final byte[] masterKey;
    private final List<String> domains;
    private final GenerationSpec spec;
    private final Cache<String, GeneratedChallenge> cache;
    private final Cache<Long, Secret> epochSecrets = Caffeine.newBuilder().maximumSize(64).build();

    /**
     * @param generator the generator
     * @param secret the coordinator secret
     * @param domains the domains challenges are drawn from, not empty
     * @param spec the generation spec every challenge uses
     * @param cacheSize challenges kept in memory
     */
    public ChallengeSource(ChallengeGenerator generator, Secret secret, List<String> domains, GenerationSpec spec,
                           long cacheSize) {
        this.generator = generator;
        this.masterKey = secret.bytes();
        this.domains = List.copyOf(domains);
        this.spec = spec;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /**
     * @param epoch an epoch
     * @return its secret: HMAC-SHA256(coordinator secret, "dacr-coordinator/epoch-secret/v1/" epoch)
     */
    public Secret epochSecret(long epoch) {
        return epochSecrets.get(epoch, e -> deriveEpochSecret(masterKey, e));
    }

    /**
     * @param coordinatorSecret the coordinator secret's bytes
     * @param epoch an epoch
     * @return its secret: HMAC-SHA256(coordinator secret, "dacr-coordinator/epoch-secret/v1/" epoch)
     */
    public static Secret deriveEpochSecret(byte[] coordinatorSecret, long epoch) {
        return Secret.ofBytes(Hmac.sha256(coordinatorSecret, "dacr-coordinator/epoch-secret/v1/" + epoch));
    }

    /**
     * @param epoch an epoch
     * @return the commitment to its secret, {@link Epoch#commitmentOf} (SHA-256), 0x and 64 hex digits
     */
    public String commitment(long epoch) {
        return Epoch.commitmentOf(epochSecret(epoch));
    }

    /**
     * Derives and generates a miner's challenge.
     *
     * @return the generated challenge (from the cache if there)
     */
    public GeneratedChallenge derive(String miner, long epoch, long solveIndex, String previousReceiptHash, int draw) {
        Secret secret = epochSecret(epoch);
        byte[] h = Hmac.sha256(secret.bytes(), "dacr-coordinator/challenge/v1\n" + miner + "\n" + solveIndex + "\n"
                + previousReceiptHash + "\n" + draw);
        ByteBuffer bytes = ByteBuffer.wrap(h);
        long index = bytes.getLong() & Long.MAX_VALUE;
        String domain = domains.get((int) (Integer.toUnsignedLong(bytes.getInt()) % domains.size()));
        GenerationRequest request = new GenerationRequest(domain, spec, namespace(epoch), index, secret);
        ChallengeId id = ChallengeId.issue(generator.version(), domain, spec, request.namespace(), index, secret);
        return cache.get(id.toString(), k -> generator.generate(request));
    }

    /**
     * Checks that an id was issued by this coordinator (its MAC verifies under the secret of the epoch its
     * namespace names) with its domains, spec and generator, and regenerates the challenge.
     *
     * @param id a parsed challenge id
     * @param currentEpoch the epoch now; ids of later epochs cannot have been issued
     * @return the challenge, or null if the id was not issued by this coordinator
     */
    public GeneratedChallenge regenerate(ChallengeId id, long currentEpoch) {
        GeneratedChallenge cached = cache.getIfPresent(id.toString());
        if (cached != null) {
            return cached;
        }
        Matcher m = EPOCH_NAMESPACE.matcher(id.namespace());
        if (!m.matches()) {
            return null;
        }
        long epoch = Long.parseLong(m.group(1));
        if (epoch > currentEpoch || !domains.contains(id.domainId()) || id.generatorVersion() != generator.version()
                || !spec.hash().startsWith(id.specHash())) {
            return null;
        }
        Secret secret = epochSecret(epoch);
        if (!id.isAuthentic(secret)) {
            return null;
        }
        return cache.get(id.toString(),
                k -> generator.generate(new GenerationRequest(id.domainId(), spec, id.namespace(), id.index(), secret)));
    }

    /**
     * @param epoch an epoch
     * @return the namespace of its challenges
     */
    public static String namespace(long epoch) {
        return "epoch-" + epoch;
    }
}
