package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of a challenge: it names everything that determines the challenge, and a MAC under the
 * generation secret so that ids cannot be forged.
 *
 * <p>Text form, documented and stable:
 * <pre>
 * dacr{format}.g{generatorVersion}.{domainId}.{specHash}.{namespace}.{index}.{mac}
 * dacr1.g1.corporate-finance.5f2a9c1e0b7d3a11.epoch-7.42.0c9d…(32 hex digits)
 * </pre>
 * <ul>
 *   <li>{@code format}: the id format version, {@value #FORMAT_VERSION};</li>
 *   <li>{@code generatorVersion}: the generator version that produced the challenge;</li>
 *   <li>{@code domainId}: the domain pack's id (lower-case identifier);</li>
 *   <li>{@code specHash}: the first 16 hex digits of {@link GenerationSpec#hash()};</li>
 *   <li>{@code namespace}: a lower-case identifier such as {@code epoch-7};</li>
 *   <li>{@code index}: a non-negative decimal integer without leading zeros;</li>
 *   <li>{@code mac}: the first 32 hex digits of HMAC-SHA256(secret, UTF-8 of the id's text up to and
 *       including the index).</li>
 * </ul>
 * The whole text has at most 256 characters.
 *
 * @param formatVersion the id format version
 * @param generatorVersion the generator version
 * @param domainId the domain pack id
 * @param specHash 16 lower-case hex digits naming the generation spec
 * @param namespace the namespace, e.g. an epoch
 * @param index the item index within the namespace
 * @param mac 32 lower-case hex digits authenticating everything before it
 */
public record ChallengeId(int formatVersion, int generatorVersion, String domainId, String specHash,
                          String namespace, long index, String mac) {

    /** The id format this version writes. */
    public static final int FORMAT_VERSION = 1;

    private static final Pattern TEXT = Pattern.compile(
            "dacr([1-9][0-9]{0,8})\\.g([1-9][0-9]{0,9})\\.([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)\\.([0-9a-f]{16})"
                    + "\\.([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)\\.(0|[1-9][0-9]{0,18})\\.([0-9a-f]{32})");
    private static final int MAX_TEXT_LENGTH = 256;

    /** Validates every component. */
    public ChallengeId {
        validate(formatVersion, generatorVersion, domainId, specHash, namespace, index);
        Checks.requireArgument(mac != null && isLowerHex(mac, 32),
                "mac must be 32 lower-case hex digits, was '%s'", mac);
        // Without this cap an id could be issued whose text parse() refuses.
        int length = unsignedLength(formatVersion, generatorVersion, domainId, specHash, namespace, index)
                + 1 + mac.length();
        Checks.requireArgument(length <= MAX_TEXT_LENGTH,
                "a challenge id has at most %d characters, this one would have %d", MAX_TEXT_LENGTH, length);
    }

    /** The checks of every component but the MAC (the constructor adds the MAC and the length). */
    private static void validate(int formatVersion, int generatorVersion, String domainId, String specHash,
                                 String namespace, long index) {
        Checks.requireArgument(formatVersion == FORMAT_VERSION,
                "formatVersion must be %d, was %d", FORMAT_VERSION, formatVersion);
        Checks.positive(generatorVersion, "generatorVersion");
        Checks.identifier(domainId, "domainId");
        Checks.requireArgument(specHash != null && isLowerHex(specHash, 16),
                "specHash must be 16 lower-case hex digits, was '%s'", specHash);
        Checks.identifier(namespace, "namespace");
        Checks.nonNegative(index, "index");
    }

    /**
     * Issues an authentic id: computes the MAC of the given components under {@code secret}.
     *
     * @param generatorVersion the generator version
     * @param domainId the domain pack id
     * @param spec the generation spec (its hash goes into the id)
     * @param namespace the namespace, a lower-case identifier
     * @param index the item index, not negative
     * @param secret the generation secret
     * @return the id
     * @throws IllegalArgumentException if a component is invalid or the id's text would exceed 256
     *     characters
     */
    public static ChallengeId issue(int generatorVersion, String domainId, GenerationSpec spec,
                                    String namespace, long index, Secret secret) {
        Checks.notNull(spec, "spec");
        Checks.notNull(secret, "secret");
        String specHash = spec.hash().substring(0, 16);
        // Validate the components before spending a MAC on them (the constructor checks them again).
        validate(FORMAT_VERSION, generatorVersion, domainId, specHash, namespace, index);
        int length = unsignedLength(FORMAT_VERSION, generatorVersion, domainId, specHash, namespace, index) + 1 + 32;
        Checks.requireArgument(length <= MAX_TEXT_LENGTH,
                "a challenge id has at most %d characters, this one would have %d", MAX_TEXT_LENGTH, length);
        String unsigned = unsignedText(FORMAT_VERSION, generatorVersion, domainId, specHash, namespace, index);
        return new ChallengeId(FORMAT_VERSION, generatorVersion, domainId, specHash, namespace, index,
                macOf(unsigned, secret));
    }

    /**
     * Parses the text form.
     *
     * @param text an id as written by {@link #toString()}
     * @return the id
     * @throws IllegalArgumentException if the text is not a well-formed id (the MAC is not checked:
     *     see {@link #isAuthentic(Secret)})
     */
    public static ChallengeId parse(String text) {
        Checks.notNull(text, "text");
        Checks.requireArgument(text.length() <= MAX_TEXT_LENGTH, "a challenge id has at most %d characters", MAX_TEXT_LENGTH);
        Matcher m = TEXT.matcher(text);
        Checks.requireArgument(m.matches(),
                "not a challenge id (expected dacr1.g<version>.<domain>.<specHash>.<namespace>.<index>.<mac>): '%s'",
                text);
        int generatorVersion;
        long index;
        try {
            generatorVersion = Integer.parseInt(m.group(2));
            index = Long.parseLong(m.group(6));
        } catch (NumberFormatException e) {
            // The pattern admits every int and long, and some numbers just above them.
            throw new IllegalArgumentException(
                    "the generator version or index of challenge id '" + text + "' is out of range", e);
        }
        return new ChallengeId(Integer.parseInt(m.group(1)), generatorVersion, m.group(3), m.group(4),
                m.group(5), index, m.group(7));
    }

    /**
     * @param secret the generation secret
     * @return true if the MAC was issued under {@code secret}; compared in constant time
     */
    public boolean isAuthentic(Secret secret) {
        Checks.notNull(secret, "secret");
        String expected = macOf(unsignedText(formatVersion, generatorVersion, domainId, specHash, namespace, index), secret);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the id's text up to and including the index: what the MAC authenticates */
    public String unsignedText() {
        return unsignedText(formatVersion, generatorVersion, domainId, specHash, namespace, index);
    }

    /** @return the documented text form */
    @Override
    public String toString() {
        return unsignedText() + "." + mac;
    }

    private static String unsignedText(int format, int generatorVersion, String domainId, String specHash,
                                       String namespace, long index) {
        return "dacr" + format + ".g" + generatorVersion + "." + domainId + "." + specHash + "." + namespace + "." + index;
    }

    /** The length of {@link #unsignedText()}, counted without building it. */
    private static int unsignedLength(int format, int generatorVersion, String domainId, String specHash,
                                      String namespace, long index) {
        return 4 + digits(format) + 2 + digits(generatorVersion) + 1 + domainId.length() + 1 + specHash.length()
                + 1 + namespace.length() + 1 + digits(index);
    }

    /** Decimal digits of a number that is not negative. */
    private static int digits(long n) {
        int digits = 1;
        for (long rest = n; rest >= 10; rest /= 10) {
            digits++;
        }
        return digits;
    }

    private static boolean isLowerHex(String text, int digits) {
        if (text.length() != digits) {
            return false;
        }
        for (int i = 0; i < digits; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static String macOf(String unsigned, Secret secret) {
        byte[] full = secret.hmacSha256(unsigned.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(full, 0, 16);
    }
}
