package io.dacr.core.json.internal;

import io.dacr.api.internal.CanonicalJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a plain tree as {@link CanonicalJson} does, straight into UTF-8 bytes: no intermediate text
 * (which a single curly quote would widen to UTF-16) and no second encoding pass. It covers the trees
 * DACR's codecs make; anything unusual (a type {@code CanonicalJson} rejects, a non-string key, an
 * unpaired surrogate, a number longer than {@value CanonicalJson#MAX_NUMBER_DIGITS} digits, nesting
 * near {@value CanonicalJson#MAX_DEPTH}) makes {@link #of} hand the tree to {@link CanonicalJson#toBytes}
 * instead, so bytes and error messages are {@code CanonicalJson}'s own. A test holds the two to the
 * same bytes.
 */
public final class CanonicalBytes extends Utf8Writer {

    private CanonicalBytes() {
        super(4096);
    }

    /**
     * @param tree a plain tree (see {@link CanonicalJson})
     * @return its canonical UTF-8 bytes, identical to {@link CanonicalJson#toBytes}
     * @throws IllegalArgumentException as {@link CanonicalJson#toBytes}
     */
    public static byte[] of(Object tree) {
        CanonicalBytes writer = new CanonicalBytes();
        if (writer.write(tree, 0)) {
            return writer.bytes();
        }
        return CanonicalJson.toBytes(tree);
    }

    /** @return false if the tree needs {@link CanonicalJson}'s own handling */
    private boolean write(Object value, int depth) {
        if (value == null) {
            ascii("null");
        } else if (value instanceof String s) {
            return string(s);
        } else if (value instanceof Boolean b) {
            ascii(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long) {
            ascii(value.toString());
        } else if (value instanceof BigInteger || value instanceof BigDecimal) {
            String text = value instanceof BigDecimal d ? shortNumber(d) : value.toString();
            if (text == null || text.length() > SHORT_NUMBER) {
                return false;
            }
            ascii(text);
        } else if (value instanceof Map<?, ?> map) {
            return depth + 1 < CanonicalJson.MAX_DEPTH && object(map, depth + 1);
        } else if (value instanceof List<?> list) {
            return depth + 1 < CanonicalJson.MAX_DEPTH && array(list, depth + 1);
        } else {
            return false;
        }
        return true;
    }

    private boolean object(Map<?, ?> map, int depth) {
        int n = map.size();
        String[] keys = new String[n];
        int k = 0;
        for (Object key : map.keySet()) {
            if (!(key instanceof String s) || k == n) {
                return false;
            }
            keys[k++] = s;
        }
        if (k != n) {
            return false;
        }
        // String.compareTo compares UTF-16 code units, the order RFC 8785 prescribes (as CanonicalJson sorts).
        if (n <= 12) {
            for (int i = 1; i < n; i++) {
                String key = keys[i];
                int j = i - 1;
                while (j >= 0 && keys[j].compareTo(key) > 0) {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = key;
            }
        } else {
            Arrays.sort(keys);
        }
        ascii('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                ascii(',');
            }
            if (!string(keys[i])) {
                return false;
            }
            ascii(':');
            if (!write(map.get(keys[i]), depth)) {
                return false;
            }
        }
        ascii('}');
        return true;
    }

    private boolean array(List<?> list, int depth) {
        ascii('[');
        boolean first = true;
        for (Object element : list) {
            if (!first) {
                ascii(',');
            }
            first = false;
            if (!write(element, depth)) {
                return false;
            }
        }
        ascii(']');
        return true;
    }
}
