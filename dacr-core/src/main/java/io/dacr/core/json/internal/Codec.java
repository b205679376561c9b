package io.dacr.core.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON form of one type, in both directions. Encoding gives a plain Java tree (maps, lists,
 * strings, integers, decimals, booleans) that Jackson writes as text and {@code CanonicalJson} writes
 * canonically, so the two outputs cannot differ in content.
 *
 * @param <T> the type
 */
public interface Codec<T> {

    /**
     * @param value the value
     * @return its JSON form as a plain Java tree
     * @throws IllegalArgumentException if a string of the value has no UTF-8 form
     */
    Object encode(T value);

    /**
     * @param node the JSON value
     * @return the decoded value
     * @throws io.dacr.api.FormatException if the JSON does not describe a valid value
     */
    T decode(Node node);

    /**
     * @param values the values
     * @return their JSON forms, in order
     */
    default List<Object> encodeAll(List<? extends T> values) {
        List<Object> encoded = new ArrayList<>(values.size());
        for (T value : values) {
            encoded.add(encode(value));
        }
        return encoded;
    }

    /**
     * @param encoder encodes a value
     * @param decoder decodes a value
     * @param <T> the type
     * @return the codec
     */
    static <T> Codec<T> of(Function<T, Object> encoder, Function<Node, T> decoder) {
        return new Codec<>() {
            @Override
            public Object encode(T value) {
                return encoder.apply(value);
            }

            @Override
            public T decode(Node node) {
                return decoder.apply(node);
            }
        };
    }
}
