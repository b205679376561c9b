package io.dacr.server.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SignatureException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Sign-in with a wallet. A nonce is issued for an address; the wallet signs the sign-in message with
 * EIP-191 {@code personal_sign}; a valid signature for an unused, unexpired nonce buys a bearer token.
 *
 * <p>Nothing is stored at issue: a nonce carries its expiry and a MAC over (address, expiry, random
 * part) under the coordinator's auth key, so any instance sharing the secret can check it; only its use
 * is recorded, in the shared state, which makes it single-use across instances. Tokens carry the miner
 * and expiry under the same key: {@code dacr1.<address>.<expiry seconds>.<mac>}.
 */
public final class WalletAuth {

    /** The token's prefix, so that a token names its format. */
    static final String TOKEN_PREFIX = "dacr1.";

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern NONCE = Pattern.compile("([0-9]{1,12})-([0-9a-f]{32})-([0-9a-f]{32})");
    private static final Pattern SIGNATURE = Pattern.compile("0x[0-9a-fA-F]{130}");
    private static final Pattern TOKEN = Pattern.compile("dacr1\\.(0x[0-9a-f]{40})\\.([0-9]{1,12})\\.([0-9a-f]{64})");
    private static final BigInteger HALF_N = Sign.CURVE_PARAMS.getN().shiftRight(1);

    private final byte[] key;
    private final String coordinatorName;
    private final Clock clock;
    private final Duration nonceTtl;
    private final Duration tokenTtl;
    private final StateStore state;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param key the auth key (derived from the coordinator secret)
     * @param coordinatorName the name the sign-in message shows, so a signature for one coordinator is not
     *     valid at another
     * @param clock the clock
     * @param nonceTtl how long a nonce is valid
     * @param tokenTtl how long a token is valid
     * @param state where used nonces are recorded
     */
    public WalletAuth(byte[] key, String coordinatorName, Clock clock, Duration nonceTtl, Duration tokenTtl, StateStore state) {
        this.key = key.clone();
        this.coordinatorName = coordinatorName;
        this.clock = clock;
        this.nonceTtl = nonceTtl;
        this.tokenTtl = tokenTtl;
        this.state = state;
    }

    /**
     * An issued nonce.
     *
     * @param address the address it is for, lower case
     * @param nonce the nonce
     * @param message the exact text to sign
     * @param expiresAt when it expires
     */
    public record IssuedNonce(String address, String nonce, String message, Instant expiresAt) {
    }

    /**
     * An issued token.
     *
     * @param miner the authenticated address
     * @param token the bearer token
     * @param expiresAt when it expires
     */
    public record IssuedToken(String miner, String token, Instant expiresAt) {
    }

    /**
     * @param address the wallet's address, any letter case
     * @return a fresh nonce and the message to sign
     * @throws ApiError {@link ErrorCode#INVALID_REQUEST} if the address is malformed
     */
    public IssuedNonce issueNonce(String address) {
        String miner = normalizedAddress(address);
        long expiry = clock.instant().plus(nonceTtl).getEpochSecond();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String randomPart = HexFormat.of().formatHex(bytes);
        String nonce = expiry + "-" + randomPart + "-" + nonceMac(miner, expiry, randomPart);
        Instant expiresAt = Instant.ofEpochSecond(expiry);
        return new IssuedNonce(miner, nonce, message(miner, nonce, expiresAt), expiresAt);
    }

    /**
     * The text a wallet signs: names the coordinator, the address, the nonce and its expiry.
     *
     * @param miner the address, lower case
     * @param nonce the nonce
     * @param expiresAt its expiry
     * @return the message
     */
    public String message(String miner, String nonce, Instant expiresAt) {
        return "Sign in to the DACR coordinator " + coordinatorName + "\n"
                + "Address: " + miner + "\n"
                + "Nonce: " + nonce + "\n"
                + "Expires: " + expiresAt;
    }

    /**
     * Checks a signed nonce and issues a token. The nonce is used up only by a valid signature.
     *
     * @param address the wallet's address
     * @param nonce the nonce issued for it
     * @param signature the EIP-191 signature of the message, 0x and 130 hex digits (r, s, v)
     * @return the token
     * @throws ApiError 400 for a malformed address or signature, 401 for a bad, expired or used nonce or a
     *     signature by another key
     */
    public IssuedToken signIn(String address, String nonce, String signature) {
        String miner = normalizedAddress(address);
        var m = nonce == null ? null : NONCE.matcher(nonce);
        if (m == null || !m.matches()) {
            throw new ApiError(ErrorCode.NONCE_INVALID, "the nonce is not one this coordinator issues");
        }
        long expiry = Long.parseLong(m.group(1));
        if (!Hmac.equal(m.group(3), nonceMac(miner, expiry, m.group(2)))) {
            throw new ApiError(ErrorCode.NONCE_INVALID, "the nonce was not issued for " + miner);
        }
        Instant now = clock.instant();
        Instant expiresAt = Instant.ofEpochSecond(expiry);
        if (!now.isBefore(expiresAt)) {
            throw new ApiError(ErrorCode.NONCE_INVALID, "the nonce expired at " + expiresAt);
        }
        String signer = recover(message(miner, nonce, expiresAt), signature);
        if (!signer.equals(miner)) {
            throw new ApiError(ErrorCode.SIGNATURE_MISMATCH, "the signature was made by another key than " + miner + "'s");
        }
        if (!state.useNonce(nonce, expiresAt, now)) {
            throw new ApiError(ErrorCode.NONCE_USED, "the nonce has been used already");
        }
        long tokenExpiry = now.plus(tokenTtl).getEpochSecond();
        String unsigned = TOKEN_PREFIX + miner + "." + tokenExpiry;
        return new IssuedToken(miner, unsigned + "." + Hmac.sha256Hex(key, "token\n" + unsigned), Instant.ofEpochSecond(tokenExpiry));
    }

    /**
     * @param authorization the Authorization header, or null
     * @return the authenticated miner's address
     * @throws ApiError 401 if absent, not issued here, or expired
     */
    public String authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(ErrorCode.UNAUTHORIZED, "send Authorization: Bearer <token> (sign in through /v1/auth/nonce)");
        }
        String token = authorization.substring(7).strip();
        var m = TOKEN.matcher(token);
        if (!m.matches()) {
            throw new ApiError(ErrorCode.UNAUTHORIZED, "the bearer token is not one this coordinator issues");
        }
        String unsigned = TOKEN_PREFIX + m.group(1) + "." + m.group(2);
        if (!Hmac.equal(m.group(3), Hmac.sha256Hex(key, "token\n" + unsigned))) {
            throw new ApiError(ErrorCode.UNAUTHORIZED, "the bearer token was not issued by this coordinator");
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new ApiError(ErrorCode.TOKEN_EXPIRED, "the bearer token expired at " + expiresAt);
        }
        return m.group(1);
    }

    /**
     * @param address an address in any letter case
     * @return it in lower case
     * @throws ApiError {@link ErrorCode#INVALID_REQUEST} if it is not 0x and 40 hex digits
     */
    public static String normalizedAddress(String address) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            throw new ApiError(ErrorCode.INVALID_REQUEST, "an address is 0x and 40 hex digits");
        }
        return address.toLowerCase(Locale.ROOT);
    }

    private String nonceMac(String miner, long expiry, String randomPart) {
        return Hmac.sha256Hex(key, "nonce\n" + miner + "\n" + expiry + "\n" + randomPart).substring(0, 32);
    }

    private static String recover(String message, String signature) {
        if (signature == null || !SIGNATURE.matcher(signature).matches()) {
            throw new ApiError(ErrorCode.INVALID_SIGNATURE, "a signature is 0x and 130 hex digits (r, s, v)");
        }
        byte[] sig = HexFormat.of().parseHex(signature.substring(2).toLowerCase(Locale.ROOT));
        byte v = sig[64];
        if (v == 0 || v == 1) {
            v += 27;
        }
        if (v != 27 && v != 28) {
            throw new ApiError(ErrorCode.INVALID_SIGNATURE, "the signature's v must be 27 or 28 (or 0 or 1)");
        }
        byte[] r = java.util.Arrays.copyOfRange(sig, 0, 32);
        byte[] s = java.util.Arrays.copyOfRange(sig, 32, 64);
        // A high-s signature is the malleated twin of a valid one: refused, as ECDSA.recover does on chain.
        if (new BigInteger(1, s).compareTo(HALF_N) > 0 || new BigInteger(1, r).signum() == 0) {
            throw new ApiError(ErrorCode.INVALID_SIGNATURE, "the signature is not canonical (high s, or r is zero)");
        }
        try {
            BigInteger publicKey = Sign.signedPrefixedMessageToKey(message.getBytes(StandardCharsets.UTF_8),
                    new Sign.SignatureData(v, r, s));
            return "0x" + Keys.getAddress(publicKey);
        } catch (SignatureException | RuntimeException e) {
            throw new ApiError(ErrorCode.INVALID_SIGNATURE, "no public key recovers from the signature");
        }
    }
}
