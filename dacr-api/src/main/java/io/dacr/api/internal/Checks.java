package io.dacr.api.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Precondition helpers shared by the value types of the API. Not API: may change without notice.
 *
 * <p>Every failure is an {@link IllegalArgumentException} with a message naming the offending field,
 * so a record built from bad input says exactly what was wrong.
 */
public final class Checks {

    private static final Pattern HEX_32 = Pattern.compile("0x[0-9a-f]{64}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*");

    private Checks() {
    }

    /** Fails unless {@code condition} holds; the message is formatted lazily. */
    public static void requireArgument(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, template, args));
        }
    }

    /** Returns {@code value}, failing if it is null. */
    public static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** Returns {@code value}, failing if it is null or blank. */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        requireArgument(!value.isBlank(), "%s must not be blank", field);
        return value;
    }

    /** Returns {@code value}, failing if it is negative. */
    public static long nonNegative(long value, String field) {
        requireArgument(value >= 0, "%s must not be negative, was %d", field, value);
        return value;
    }

    /** Returns {@code value}, failing if it is not positive. */
    public static int positive(int value, String field) {
        requireArgument(value > 0, "%s must be positive, was %d", field, value);
        return value;
    }

    /**
     * Returns an unmodifiable copy of {@code list} that keeps its order, failing on a null list or a
     * null element (the element's index is named).
     */
    public static <T> List<T> immutableList(List<? extends T> list, String field) {
        notNull(list, field);
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            if (element == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * A stable identifier: lower-case ASCII letters and digits, words joined by '-' or '_', starting
     * with a letter. Plug-in ids and domain ids follow it so they are safe in file names, URLs and
     * challenge ids.
     */
    public static String identifier(String value, String field) {
        notNull(value, field);
        requireArgument(IDENTIFIER.matcher(value).matches(),
                "%s must be a lower-case identifier like 'corporate-finance' (letters, digits, '-' or '_'), was '%s'",
                field, value);
        return value;
    }

    /** True if {@code value} is a valid {@link #identifier identifier}. */
    public static boolean isIdentifier(String value) {
        return value != null && IDENTIFIER.matcher(value).matches();
    }

    /** A 32-byte value as {@code 0x} followed by 64 lower-case hex digits (EVM style). */
    public static String bytes32(String value, String field) {
        notNull(value, field);
        requireArgument(HEX_32.matcher(value).matches(),
                "%s must be 0x followed by 64 lower-case hex digits, was '%s'", field, value);
        return value;
    }

    /** A SHA-256 digest as 64 lower-case hex digits without prefix. */
    public static String sha256Hex(String value, String field) {
        notNull(value, field);
        requireArgument(SHA256_HEX.matcher(value).matches(),
                "%s must be 64 lower-case hex digits (a SHA-256 digest), was '%s'", field, value);
        return value;
    }

    /** An EVM address as {@code 0x} followed by 40 lower-case hex digits. */
    public static String address(String value, String field) {
        notNull(value, field);
        requireArgument(ADDRESS.matcher(value).matches(),
                "%s must be an address: 0x followed by 40 lower-case hex digits, was '%s'", field, value);
        return value;
    }
}
