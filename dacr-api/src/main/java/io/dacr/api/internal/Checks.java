package io.dacr.api.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Precondition helpers shared by the value types of the API. Not API: may change without notice.
 *
 * <p>Every failure is an {@link IllegalArgumentException} with a message naming the offending field,
 * so a record built from bad input says exactly what was wrong.
 */
public final class Checks {


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
        // No message supplier: a capturing lambda per call shows in profiles of record-heavy paths.
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /** Returns {@code value}, failing if it is null or blank. */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        // Fast path, the same decision as isBlank(): a printable ASCII first character (not a space)
        // is no whitespace, so the text is not blank. Record constructors on the generator's hot path
        // check thousands of texts per challenge; isBlank() walks code points through a slower loop.
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first > ' ' && first < 0x7f) {
                return value;
            }
        }
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
     * The classes of the JDK's unmodifiable lists ({@link List#of}, {@link List#copyOf}): no one can
     * change such a list, so it need not be copied. Sub-lists and unmodifiable views are other classes
     * and are copied.
     */
    private static final Class<?> JDK_LIST_12 = List.of(1).getClass();
    private static final Class<?> JDK_LIST_N = List.of(1, 2, 3).getClass();

    /**
     * Returns an unmodifiable list with the elements of {@code list}, in order, failing on a null list or
     * a null element (the element's index is named). A list of the JDK's own unmodifiable kinds
     * ({@link List#of}, {@link List#copyOf}) is returned as it is, since nothing can change it (so hot
     * paths such as the verifier's build their results once, without a second copy); any other list is
     * copied.
     */
    public static <T> List<T> immutableList(List<? extends T> list, String field) {
        notNull(list, field);
        Class<?> kind = list.getClass();
        if (kind == JDK_LIST_12 || kind == JDK_LIST_N) {
            // Still checked: Stream.toList() gives this class and may hold nulls.
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new NullPointerException(field + "[" + i + "] must not be null");
                }
            }
            @SuppressWarnings("unchecked") // unmodifiable, so reading it as a list of a supertype is safe
            List<T> same = (List<T>) list;
            return same;
        }
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
        requireArgument(isIdentifierText(value),
                "%s must be a lower-case identifier like 'corporate-finance' (letters, digits, '-' or '_'), was '%s'",
                field, value);
        return value;
    }

    /** True if {@code value} is a valid {@link #identifier identifier}. */
    public static boolean isIdentifier(String value) {
        return value != null && isIdentifierText(value);
    }

    /** A 32-byte value as {@code 0x} followed by 64 lower-case hex digits (EVM style). */
    public static String bytes32(String value, String field) {
        notNull(value, field);
        requireArgument(value.startsWith("0x") && isLowerHex(value, 2, 64),
                "%s must be 0x followed by 64 lower-case hex digits, was '%s'", field, value);
        return value;
    }

    /** A SHA-256 digest as 64 lower-case hex digits without prefix. */
    public static String sha256Hex(String value, String field) {
        notNull(value, field);
        requireArgument(isLowerHex(value, 0, 64),
                "%s must be 64 lower-case hex digits (a SHA-256 digest), was '%s'", field, value);
        return value;
    }

    /** An EVM address as {@code 0x} followed by 40 lower-case hex digits. */
    public static String address(String value, String field) {
        notNull(value, field);
        requireArgument(value.startsWith("0x") && isLowerHex(value, 2, 40),
                "%s must be an address: 0x followed by 40 lower-case hex digits, was '%s'", field, value);
        return value;
    }

    /*
     * Hand-written matchers instead of regular expressions: record constructors run these checks for
     * every id and digest a generator or verifier builds, and a regex matcher per call dominated them.
     */

    /**
     * The number of an id such as {@code f12}: {@code prefix} followed by a number from 1 without
     * leading zeros, of at most nine ASCII digits (so it fits an int), as {@code prefix + n} writes it.
     *
     * @param value the id, may be null
     * @param prefix the literal prefix, e.g. {@code "f"}
     * @return the number, or -1 if {@code value} has another form
     */
    public static int idNumber(String value, String prefix) {
        if (value == null || !value.startsWith(prefix)) {
            return -1;
        }
        int start = prefix.length();
        int digits = value.length() - start;
        if (digits < 1 || digits > 9 || value.charAt(start) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * True if {@code value} is {@code prefix} followed by a number from 1 without leading zeros, of
     * at most {@code maxDigits} ASCII digits: the regex {@code prefix[1-9][0-9]{0,maxDigits-1}}.
     *
     * @param value the text to test, may be null
     * @param prefix the literal prefix, e.g. {@code "f"}
     * @param maxDigits the most digits the number may have
     * @return true if it has that form
     */
    public static boolean isNumberedId(String value, String prefix, int maxDigits) {
        if (value == null || !value.startsWith(prefix)) {
            return false;
        }
        int start = prefix.length();
        int digits = value.length() - start;
        if (digits < 1 || digits > maxDigits || value.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True if {@code value} from {@code offset} to its end is exactly {@code digits} lower-case hex digits. */
    private static boolean isLowerHex(String value, int offset, int digits) {
        if (value.length() != offset + digits) {
            return false;
        }
        for (int i = offset; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** The regex {@code [a-z][a-z0-9]*(?:[-_][a-z0-9]+)*}: a letter first, no separator last or doubled. */
    private static boolean isIdentifierText(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        boolean afterSeparator = false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' || c == '_') {
                if (afterSeparator) {
                    return false;
                }
                afterSeparator = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }
}
