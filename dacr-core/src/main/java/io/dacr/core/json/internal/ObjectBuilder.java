package io.dacr.core.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the plain-tree form of a JSON object, members in the order given (readable output; the
 * canonical form sorts them anyway). Absent optional values are omitted, never written as null.
 * Strings are checked for unpaired surrogates, which have no UTF-8 form and which Jackson would
 * otherwise write as a wrong character.
 */
public final class ObjectBuilder {

    private final Map<String, Object> members = new LinkedHashMap<>();

    private ObjectBuilder() {
    }

    /** @return an empty object */
    public static ObjectBuilder object() {
        return new ObjectBuilder();
    }

    /**
     * @param name the member name
     * @param value a string, not null
     * @return this builder
     */
    public ObjectBuilder text(String name, String value) {
        members.put(name, checked(name, value));
        return this;
    }

    /**
     * @param name the member name
     * @param value a string, or null to omit the member
     * @return this builder
     */
    public ObjectBuilder optionalText(String name, String value) {
        return value == null ? this : text(name, value);
    }

    /**
     * @param name the member name
     * @param values strings
     * @return this builder
     */
    public ObjectBuilder texts(String name, List<String> values) {
        List<Object> checked = new ArrayList<>(values.size());
        for (String value : values) {
            checked.add(checked(name, value));
        }
        members.put(name, checked);
        return this;
    }

    /**
     * @param name the member name
     * @param values string members by name
     * @return this builder
     */
    public ObjectBuilder textMap(String name, Map<String, String> values) {
        Map<String, Object> checked = new TreeMap<>();
        values.forEach((k, v) -> checked.put(checked(name, k), checked(name + "." + k, v)));
        members.put(name, checked);
        return this;
    }

    /**
     * @param name the member name
     * @param value an int
     * @return this builder
     */
    public ObjectBuilder number(String name, int value) {
        members.put(name, value);
        return this;
    }

    /**
     * @param name the member name
     * @param value a long
     * @return this builder
     */
    public ObjectBuilder number(String name, long value) {
        members.put(name, value);
        return this;
    }

    /**
     * @param name the member name
     * @param value an integer, not null
     * @return this builder
     */
    public ObjectBuilder number(String name, BigInteger value) {
        members.put(name, value);
        return this;
    }

    /**
     * @param name the member name
     * @param value a decimal, not null; written with its scale
     * @return this builder
     */
    public ObjectBuilder number(String name, BigDecimal value) {
        members.put(name, value);
        return this;
    }

    /**
     * @param name the member name
     * @param value a decimal, or null to omit the member
     * @return this builder
     */
    public ObjectBuilder optionalNumber(String name, BigDecimal value) {
        return value == null ? this : number(name, value);
    }

    /**
     * @param name the member name
     * @param value a boolean
     * @return this builder
     */
    public ObjectBuilder bool(String name, boolean value) {
        members.put(name, value);
        return this;
    }

    /**
     * @param name the member name
     * @param value an enum constant, written by its wire name
     * @return this builder
     */
    public ObjectBuilder wire(String name, Enum<?> value) {
        members.put(name, Wire.name(value));
        return this;
    }

    /**
     * @param name the member name
     * @param value a value, not null
     * @param codec its codec
     * @param <T> its type
     * @return this builder
     */
    public <T> ObjectBuilder value(String name, T value, Codec<T> codec) {
        members.put(name, codec.encode(value));
        return this;
    }

    /**
     * @param name the member name
     * @param value a value, or null to omit the member
     * @param codec its codec
     * @param <T> its type
     * @return this builder
     */
    public <T> ObjectBuilder optionalValue(String name, T value, Codec<T> codec) {
        return value == null ? this : value(name, value, codec);
    }

    /**
     * @param name the member name
     * @param values values
     * @param codec their codec
     * @param <T> their type
     * @return this builder
     */
    public <T> ObjectBuilder values(String name, List<? extends T> values, Codec<T> codec) {
        members.put(name, codec.encodeAll(values));
        return this;
    }

    /** @return the object's members, in the order given */
    public Map<String, Object> build() {
        return members;
    }

    private static String checked(String name, String value) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        int bad = Node.unpairedSurrogate(value);
        if (bad >= 0) {
            throw new IllegalArgumentException(name + ": the string has an unpaired surrogate at index " + bad
                    + " and cannot be written as JSON");
        }
        return value;
    }
}
