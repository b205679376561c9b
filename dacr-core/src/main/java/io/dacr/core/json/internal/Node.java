package io.dacr.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.FormatException;
import io.dacr.api.internal.CanonicalJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A JSON value being decoded, with its path from the document root ({@code $.questions[2].hops}).
 * Every accessor either returns a value of the expected type or throws a {@link FormatException}
 * naming the format, this path and the problem, so decoders never see a raw Jackson exception.
 *
 * <p>Our formats never contain {@code null}: an absent optional value is an absent member, so an
 * explicit {@code null} is reported as a wrong type.
 */
public final class Node {

    private final JsonNode json;
    private final String path;
    private final String format;
    private final String location;

    private Node(JsonNode json, String path, String format, String location) {
        this.json = json;
        this.path = path;
        this.format = format;
        this.location = location;
    }

    /**
     * @param json the parsed document
     * @param format the format's name, for error messages
     * @param location where the document came from, appended to problems (e.g. {@code " (line 3)"}), or empty
     * @return the root node, path {@code $}
     */
    public static Node root(JsonNode json, String format, String location) {
        return new Node(json, "$", format, location);
    }

    /** @return the JSON path of this value */
    public String path() {
        return path;
    }

    /**
     * @param problem what is wrong with this value
     * @return an exception naming the format, this value's path and the problem
     */
    public FormatException error(String problem) {
        return error(problem, null);
    }

    /**
     * @param problem what is wrong with this value
     * @param cause the underlying failure, or null
     * @return an exception naming the format, this value's path and the problem
     */
    public FormatException error(String problem, Throwable cause) {
        return new FormatException(format, path, problem + location, cause);
    }

    /**
     * Checks that this value is an object whose members are all among {@code allowed}.
     *
     * @param allowed the member names the object may have
     * @return this node
     * @throws FormatException if it is not an object or has another member
     */
    public Node object(Set<String> allowed) {
        if (!json.isObject()) {
            throw error("expected an object, found " + describe(json));
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw child(name).error("unknown field '" + name + "'; allowed: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        return this;
    }

    /**
     * @param name a member of this object
     * @return the member
     * @throws FormatException if the member is absent
     */
    public Node field(String name) {
        JsonNode value = json.get(name);
        if (value == null) {
            throw child(name).error("missing required field '" + name + "'");
        }
        return new Node(value, path + "." + name, format, location);
    }

    /**
     * @param name a member of this object
     * @return the member, or null if it is absent
     */
    public Node optionalField(String name) {
        JsonNode value = json.get(name);
        return value == null ? null : new Node(value, path + "." + name, format, location);
    }

    /** @return this value as a string; a string with an unpaired surrogate is refused (I-JSON) */
    public String text() {
        if (!json.isTextual()) {
            throw error("expected a string, found " + describe(json));
        }
        String text = json.textValue();
        int bad = unpairedSurrogate(text);
        if (bad >= 0) {
            throw error(String.format(Locale.ROOT, "string has an unpaired surrogate U+%04X at index %d",
                    (int) text.charAt(bad), bad));
        }
        return text;
    }

    /** @return this value as an int */
    public int intValue() {
        if (!json.isIntegralNumber() || !json.canConvertToInt()) {
            throw error("expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", found " + describe(json));
        }
        return json.intValue();
    }

    /** @return this value as a long */
    public long longValue() {
        if (!json.isIntegralNumber() || !json.canConvertToLong()) {
            throw error("expected an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", found " + describe(json));
        }
        return json.longValue();
    }

    /** @return this value as an integer of any size */
    public BigInteger integer() {
        if (!json.isIntegralNumber()) {
            throw error("expected an integer, found " + describe(json));
        }
        BigInteger value = json.bigIntegerValue();
        canonicalizable(new BigDecimal(value));
        return value;
    }

    /** @return this value as a decimal, exactly as written (scale included) */
    public BigDecimal decimal() {
        if (!json.isNumber()) {
            throw error("expected a number, found " + describe(json));
        }
        BigDecimal value = json.decimalValue();
        canonicalizable(value);
        return value;
    }

    /** @return this value as a boolean */
    public boolean bool() {
        if (!json.isBoolean()) {
            throw error("expected true or false, found " + describe(json));
        }
        return json.booleanValue();
    }

    /**
     * @param type the enum
     * @param <E> the enum's type
     * @return the constant whose lower-case name is this string
     */
    public <E extends Enum<E>> E wire(Class<E> type) {
        String text = text();
        for (E constant : type.getEnumConstants()) {
            if (Wire.name(constant).equals(text)) {
                return constant;
            }
        }
        throw error("unknown value '" + text + "'; expected one of: "
                + Stream.of(type.getEnumConstants()).map(Wire::name).collect(Collectors.joining(", ")));
    }

    /**
     * @param element decodes one element
     * @param <T> the element type
     * @return this array's elements, decoded, unmodifiable
     */
    public <T> List<T> list(Function<Node, T> element) {
        if (!json.isArray()) {
            throw error("expected an array, found " + describe(json));
        }
        List<T> values = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            values.add(element.apply(new Node(json.get(i), path + "[" + i + "]", format, location)));
        }
        return Collections.unmodifiableList(values);
    }

    /** @return this array of strings */
    public List<String> texts() {
        return list(Node::text);
    }

    /** @return this object of string members, sorted by name */
    public SortedMap<String, String> textMap() {
        if (!json.isObject()) {
            throw error("expected an object, found " + describe(json));
        }
        SortedMap<String, String> values = new TreeMap<>();
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Node member = child(name);
            if (unpairedSurrogate(name) >= 0) {
                throw member.error("field name has an unpaired surrogate");
            }
            values.put(name, member.text());
        }
        return values;
    }

    /**
     * @param name a required string member
     * @return its value
     */
    public String text(String name) {
        return field(name).text();
    }

    /**
     * @param name an optional string member
     * @return its value, or null if absent
     */
    public String optionalText(String name) {
        Node member = optionalField(name);
        return member == null ? null : member.text();
    }

    /**
     * Parses this string, reporting a parser's {@link IllegalArgumentException} as a format error here.
     *
     * @param parser parses the text
     * @param <T> the parsed type
     * @return the parsed value
     */
    public <T> T parse(Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw error(e.getMessage(), e);
        }
    }

    /**
     * Builds a value from this node, reporting the validation failures of its constructor
     * ({@link IllegalArgumentException}, and the {@link NullPointerException} of a missing component)
     * as a format error at this node's path.
     *
     * @param constructor builds the value
     * @param <T> the value's type
     * @return the value
     */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error("invalid value: " + e.getMessage(), e);
        }
    }

    /**
     * @param text any string
     * @return the index of its first unpaired surrogate, or -1 if it is well-formed UTF-16
     */
    public static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param text any string
     * @return it with every unpaired surrogate replaced by U+FFFD: the same instance when it has none
     */
    public static String wellFormed(String text) {
        int bad = unpairedSurrogate(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private Node child(String name) {
        return new Node(json.path(name), path + "." + name, format, location);
    }

    private void canonicalizable(BigDecimal value) {
        try {
            CanonicalJson.number(value);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), e);
        }
    }

    private static String describe(JsonNode json) {
        if (json.isNull()) {
            return "null (omit an absent value instead)";
        }
        if (json.isTextual()) {
            return "a string";
        }
        if (json.isNumber()) {
            return "the number " + json.asText();
        }
        if (json.isBoolean()) {
            return json.asText();
        }
        if (json.isArray()) {
            return "an array";
        }
        if (json.isObject()) {
            return "an object";
        }
        return json.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
