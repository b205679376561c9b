package io.dacr.chain.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.NumericType;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;

/**
 * The mining contract's committed artifact (ABI and creation bytecode, compiled by solc-js from
 * {@code DacrMining.sol}) and what the connector derives from it: custom errors by selector and events
 * by topic, each with the types to decode their arguments. Not API.
 */
public final class ContractAbi {

    /** The classpath resource of the artifact. */
    public static final String RESOURCE = "/io/dacr/chain/DacrMining.json";

    /** One parameter of an error or event. */
    record Param(String name, String type, boolean indexed) {
    }

    /** A custom error or an event: its name, canonical signature and parameters. */
    record Entry(String name, String signature, List<Param> params) {
    }

    private static final ContractAbi INSTANCE = load();

    private final String abiJson;
    private final String bytecode;
    private final Map<String, Entry> errorsBySelector;
    private final Map<String, Entry> eventsByTopic;

    private ContractAbi(String abiJson, String bytecode, Map<String, Entry> errorsBySelector,
                        Map<String, Entry> eventsByTopic) {
        this.abiJson = abiJson;
        this.bytecode = bytecode;
        this.errorsBySelector = errorsBySelector;
        this.eventsByTopic = eventsByTopic;
    }

    /** @return the artifact, read once from the classpath */
    public static ContractAbi get() {
        return INSTANCE;
    }

    /** @return the ABI as JSON text */
    public String abiJson() {
        return abiJson;
    }

    /** @return the creation bytecode, {@code 0x}-prefixed hex */
    public String bytecode() {
        return bytecode;
    }

    /** @return the names of every custom error, sorted */
    public List<String> errorNames() {
        return errorsBySelector.values().stream().map(Entry::name).sorted().toList();
    }

    /** @return the names of every event, sorted */
    public List<String> eventNames() {
        return eventsByTopic.values().stream().map(Entry::name).sorted().toList();
    }

    /**
     * A decoded revert: the custom error's name and its arguments as text.
     *
     * @param name the error's name
     * @param arguments its arguments, in order
     */
    public record Revert(String name, List<String> arguments) {
        /** @return e.g. {@code WrongSigner(0xab…, 0xcd…)} */
        public String text() {
            return name + "(" + String.join(", ", arguments) + ")";
        }
    }

    /**
     * @param data revert data: a 4-byte selector and ABI-encoded arguments, {@code 0x}-prefixed hex
     * @return the decoded error, or null if the selector is unknown or the data is malformed
     */
    public Revert decodeRevert(String data) {
        if (data == null || !data.startsWith("0x") || data.length() < 10) {
            return null;
        }
        Entry entry = errorsBySelector.get(data.substring(0, 10).toLowerCase(java.util.Locale.ROOT));
        if (entry == null) {
            return null;
        }
        try {
            List<Type> values = FunctionReturnDecoder.decode("0x" + data.substring(10), typeReferences(entry.params()));
            if (values.size() != entry.params().size()) {
                return null;
            }
            List<String> arguments = new ArrayList<>();
            for (Type value : values) {
                arguments.add(text(value));
            }
            return new Revert(entry.name(), List.copyOf(arguments));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A decoded event.
     *
     * @param name the event's name
     * @param fields its parameters by name, as text
     */
    public record Event(String name, SortedMap<String, String> fields) {
    }

    /**
     * @param topics the log's topics, the first being the event's signature hash
     * @param data the log's data
     * @return the decoded event, or null if it is not one of the contract's
     */
    public Event decodeEvent(List<String> topics, String data) {
        if (topics.isEmpty()) {
            return null;
        }
        Entry entry = eventsByTopic.get(topics.get(0).toLowerCase(java.util.Locale.ROOT));
        if (entry == null) {
            return null;
        }
        SortedMap<String, String> fields = new TreeMap<>();
        List<Param> unindexed = entry.params().stream().filter(p -> !p.indexed()).toList();
        List<Type> values = unindexed.isEmpty() ? List.of() : FunctionReturnDecoder.decode(data, typeReferences(unindexed));
        int topic = 1;
        int value = 0;
        for (Param p : entry.params()) {
            if (p.indexed()) {
                fields.put(p.name(), text(FunctionReturnDecoder.decodeIndexedValue(topics.get(topic++), typeReference(p.type()))));
            } else {
                fields.put(p.name(), text(values.get(value++)));
            }
        }
        return new Event(entry.name(), fields);
    }

    /**
     * @param value a decoded ABI value
     * @return it as text: addresses and bytes as lower-case {@code 0x} hex, numbers in decimal
     */
    static String text(Type value) {
        if (value instanceof Address a) {
            return a.getValue().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof BytesType b) {
            return Words.hex(b.getValue());
        }
        if (value instanceof NumericType n) {
            return ((BigInteger) n.getValue()).toString();
        }
        if (value instanceof Bool b) {
            return b.getValue().toString();
        }
        if (value instanceof Utf8String s) {
            return s.getValue();
        }
        return String.valueOf(value.getValue());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<TypeReference<Type>> typeReferences(List<Param> params) {
        List<TypeReference<Type>> refs = new ArrayList<>();
        for (Param p : params) {
            refs.add((TypeReference) typeReference(p.type()));
        }
        return refs;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeReference<Type> typeReference(String type) {
        try {
            return (TypeReference) TypeReference.makeTypeReference(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the contract ABI uses a type web3j cannot decode: " + type, e);
        }
    }

    private static ContractAbi load() {
        try (InputStream in = ContractAbi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the contract artifact " + RESOURCE + " is missing from the classpath");
            }
            JsonNode artifact = new ObjectMapper().readTree(in);
            Map<String, Entry> errors = new TreeMap<>();
            Map<String, Entry> events = new TreeMap<>();
            for (JsonNode item : artifact.get("abi")) {
                String kind = item.path("type").asText();
                if (!kind.equals("error") && !kind.equals("event")) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode input : item.get("inputs")) {
                    params.add(new Param(input.get("name").asText(), input.get("type").asText(),
                            input.path("indexed").asBoolean(false)));
                }
                String signature = item.get("name").asText() + "("
                        + String.join(",", params.stream().map(Param::type).toList()) + ")";
                Entry entry = new Entry(item.get("name").asText(), signature, List.copyOf(params));
                byte[] hash = Words.keccak(signature);
                if (kind.equals("error")) {
                    errors.put(Words.hex(Arrays.copyOf(hash, 4)), entry);
                } else {
                    events.put(Words.hex(hash), entry);
                }
            }
            // The two errors Solidity itself raises: require(…, "reason") and panics (overflow, …).
            errors.put("0x08c379a0", new Entry("Error", "Error(string)", List.of(new Param("reason", "string", false))));
            errors.put("0x4e487b71", new Entry("Panic", "Panic(uint256)", List.of(new Param("code", "uint256", false))));
            return new ContractAbi(artifact.get("abi").toString(), artifact.get("bytecode").asText(),
                    Collections.unmodifiableMap(errors), Collections.unmodifiableMap(events));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract artifact " + RESOURCE, e);
        }
    }
}
