package io.dacr.generator.internal.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.DomainPackException;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.api.internal.Checks;
import io.dacr.api.internal.ScriptRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and validates a domain pack (format version 1, see {@code docs/domain-pack-format.md}). Every
 * rule the generator relies on is checked here, and a violation names the pack's source and the JSON
 * path of the offending element.
 */
public final class PackLoader {

    /** Most surface forms per number: plenty for any unit, and the layout picks among them with a bit mask. */
    static final int MAX_SURFACE_FORMS = 32;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Set<String> ALIAS_FIXED = Set.of("initials", "noun");

    private final String source;

    private PackLoader(String source) {
        this.source = source;
    }

    /**
     * @param source where the pack came from, for messages
     * @param json the pack's JSON text
     * @return the validated pack
     * @throws DomainPackException if the JSON is malformed or breaks a rule
     */
    public static DomainPack load(String source, String json) {
        return new PackLoader(source).load(json);
    }

    private DomainPack load(String json) {
        if (json == null) {
            throw fail("$", "the provider returned no pack JSON");
        }
        JsonNode root;
        Object tree;
        try {
            root = MAPPER.readTree(json);
            tree = MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new DomainPackException(source, "$", "not well-formed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("$", "a pack is a JSON object");
        }
        checkStrings(root, "$");
        String hash;
        try {
            hash = CanonicalJson.sha256Hex(CanonicalJson.toBytes(tree));
        } catch (IllegalArgumentException e) {
            throw new DomainPackException(source, "$", "no canonical form: " + e.getMessage(), e);
        }
        fields(root, "$", "formatVersion", "id", "version", "name", "description", "people", "places",
                "entityKinds", "relations", "authorityCues", "lexicon");
        JsonNode format = required(root, "$", "formatVersion");
        if (!format.isInt() || format.intValue() != 1) {
            throw fail("$.formatVersion", "must be 1, was " + format);
        }
        String id = identifier(root, "$", "id");
        String version = text(root, "$", "version");
        String name = text(root, "$", "name");
        text(root, "$", "description");
        People people = root.has("people") ? people(root.get("people"), "$.people") : null;
        List<Place> places = root.has("places") ? places(root.get("places"), "$.places") : List.of();
        JsonNode kindsNode = array(root, "$", "entityKinds", 1);
        List<EntityKind> kinds = new ArrayList<>();
        Set<String> kindIds = new HashSet<>();
        for (int i = 0; i < kindsNode.size(); i++) {
            EntityKind kind = entityKind(kindsNode.get(i), "$.entityKinds[" + i + "]", people, places);
            if (!kindIds.add(kind.id())) {
                throw fail("$.entityKinds[" + i + "].id", "duplicate kind id '" + kind.id() + "'");
            }
            kinds.add(kind);
        }
        for (int i = 0; i < kinds.size(); i++) {
            List<Attribute> attributes = kinds.get(i).attributes();
            for (int a = 0; a < attributes.size(); a++) {
                Attribute attribute = attributes.get(a);
                if (attribute.refersTo() != null && !kindIds.contains(attribute.refersTo())) {
                    throw fail("$.entityKinds[" + i + "].attributes[" + a + "].refersTo",
                            "names no entity kind: '" + attribute.refersTo() + "'");
                }
            }
        }
        JsonNode relationsNode = array(root, "$", "relations", 0);
        List<Relation> relations = new ArrayList<>();
        Set<String> relationIds = new HashSet<>();
        for (int i = 0; i < relationsNode.size(); i++) {
            Relation relation = relation(relationsNode.get(i), "$.relations[" + i + "]", kindIds);
            if (!relationIds.add(relation.id())) {
                throw fail("$.relations[" + i + "].id", "duplicate relation id '" + relation.id() + "'");
            }
            relations.add(relation);
        }
        AuthorityCues cues = cues(required(root, "$", "authorityCues"), "$.authorityCues");
        Lexicon lexicon = lexicon(required(root, "$", "lexicon"), "$.lexicon");
        return new DomainPack(id, version, name, hash, people, places, List.copyOf(kinds), List.copyOf(relations),
                cues, lexicon);
    }

    // ---- sections -------------------------------------------------------------------------------

    private People people(JsonNode node, String path) {
        object(node, path);
        fields(node, path, "givenNames", "familyNames", "patterns");
        List<String> given = strings(node, path, "givenNames", 2);
        List<String> family = strings(node, path, "familyNames", 2);
        List<Template> patterns = templates(node, path, "patterns", Set.of("given", "family"), Set.of());
        return new People(given, family, patterns);
    }

    private List<Place> places(JsonNode node, String path) {
        if (!node.isArray() || node.size() < 2) {
            throw fail(path, "must be an array of at least two countries");
        }
        List<Place> places = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode place = node.get(i);
            object(place, p);
            fields(place, p, "name", "cities");
            String name = text(place, p, "name");
            List<String> cities = strings(place, p, "cities", 1);
            if (!names.add(name)) {
                throw fail(p + ".name", "duplicate place name '" + name + "'");
            }
            for (int c = 0; c < cities.size(); c++) {
                if (!names.add(cities.get(c))) {
                    throw fail(p + ".cities[" + c + "]", "duplicate place name '" + cities.get(c) + "'");
                }
            }
            places.add(new Place(name, cities));
        }
        return List.copyOf(places);
    }

    private EntityKind entityKind(JsonNode node, String path, People people, List<Place> places) {
        object(node, path);
        fields(node, path, "id", "noun", "naming", "aliases", "attributes");
        String id = identifier(node, path, "id");
        JsonNode noun = required(node, path, "noun");
        object(noun, path + ".noun");
        fields(noun, path + ".noun", "singular", "plural");
        String singular = text(noun, path + ".noun", "singular");
        String plural = text(noun, path + ".noun", "plural");
        String namingPath = path + ".naming";
        JsonNode naming = required(node, path, "naming");
        object(naming, namingPath);
        fields(naming, namingPath, "parts", "patterns");
        JsonNode partsNode = required(naming, namingPath, "parts");
        object(partsNode, namingPath + ".parts");
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (Iterator<String> it = partsNode.fieldNames(); it.hasNext(); ) {
            String part = it.next();
            parts.put(part, strings(partsNode, namingPath + ".parts", part, 2));
        }
        List<Template> patterns = templates(naming, namingPath, "patterns", parts.keySet(), Set.of());
        for (int p = 0; p < patterns.size(); p++) {
            if (patterns.get(p).placeholders().isEmpty()) {
                throw fail(namingPath + ".patterns[" + p + "]", "a name pattern uses at least one name part");
            }
        }

        JsonNode attributesNode = array(node, path, "attributes", 1);
        List<Attribute> attributes = new ArrayList<>();
        Set<String> attributeIds = new HashSet<>();
        for (int i = 0; i < attributesNode.size(); i++) {
            Attribute a = attribute(attributesNode.get(i), path + ".attributes[" + i + "]", people, places);
            if (!attributeIds.add(a.id())) {
                throw fail(path + ".attributes[" + i + "].id", "duplicate attribute id '" + a.id() + "'");
            }
            attributes.add(a);
        }
        Set<String> aliasPlaceholders = new HashSet<>(parts.keySet());
        aliasPlaceholders.addAll(ALIAS_FIXED);
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            if (a.type() == AttributeType.CATEGORICAL || a.type() == AttributeType.PLACE) {
                aliasPlaceholders.add(a.id());
            }
            for (int k = 0; k < a.sumOf().size(); k++) {
                String partId = a.sumOf().get(k);
                Attribute part = null;
                for (Attribute c : attributes) {
                    if (c.id().equals(partId)) {
                        part = c;
                    }
                }
                String at = path + ".attributes[" + i + "].sumOf[" + k + "]";
                if (part == null || !part.isNumber() || part == a) {
                    throw fail(at, "names no other number attribute of this kind: '" + partId + "'");
                }
                if (!part.sumOf().isEmpty()) {
                    throw fail(at, "'" + partId + "' is itself a sum; sums of sums are not supported");
                }
                if (!part.number().unit().equals(a.number().unit())
                        || part.number().precision().compareTo(a.number().precision()) != 0) {
                    throw fail(at, "'" + partId + "' must have the unit and precision of '" + a.id() + "'");
                }
            }
            if (a.placeOf() != null) {
                Attribute city = null;
                for (Attribute c : attributes) {
                    if (c.id().equals(a.placeOf())) {
                        city = c;
                    }
                }
                if (city == null || city.type() != AttributeType.PLACE || !"city".equals(city.placeLevel())) {
                    throw fail(path + ".attributes[" + i + "].place.of",
                            "names no city-level place attribute of this kind: '" + a.placeOf() + "'");
                }
            }
        }
        JsonNode aliasesNode = array(node, path, "aliases", 2);
        List<AliasKind> aliases = new ArrayList<>();
        Set<String> aliasKinds = new HashSet<>();
        for (int i = 0; i < aliasesNode.size(); i++) {
            String p = path + ".aliases[" + i + "]";
            JsonNode alias = aliasesNode.get(i);
            object(alias, p);
            fields(alias, p, "kind", "templates", "introductions");
            String kind = identifier(alias, p, "kind");
            if (!aliasKinds.add(kind)) {
                throw fail(p + ".kind", "duplicate alias kind '" + kind + "'");
            }
            List<Template> templates = templates(alias, p, "templates", aliasPlaceholders, Set.of());
            for (int t = 0; t < templates.size(); t++) {
                if (templates.get(t).placeholders().isEmpty()) {
                    throw fail(p + ".templates[" + t + "]", "an alias template uses at least one placeholder");
                }
            }
            List<Template> intros = templates(alias, p, "introductions", Set.of("name", "alias"), Set.of("name", "alias"));
            aliases.add(new AliasKind(kind, templates, intros));
        }
        return new EntityKind(id, singular, plural, parts, patterns, List.copyOf(aliases), List.copyOf(attributes));
    }

    private Attribute attribute(JsonNode node, String path, People people, List<Place> places) {
        object(node, path);
        String id = identifier(node, path, "id");
        String label = text(node, path, "label");
        String typeName = text(node, path, "type");
        AttributeType type;
        switch (typeName) {
            case "number" -> type = AttributeType.NUMBER;
            case "categorical" -> type = AttributeType.CATEGORICAL;
            case "person" -> type = AttributeType.PERSON;
            case "place" -> type = AttributeType.PLACE;
            case "entity_ref" -> type = AttributeType.ENTITY_REF;
            default -> throw fail(path + ".type", "unknown attribute type '" + typeName + "'");
        }
        NumberSpec number = null;
        List<String> vocabulary = List.of();
        String level = null;
        String of = null;
        String refersTo = null;
        List<String> sumOf = List.of();
        switch (type) {
            case NUMBER -> {
                fields(node, path, "id", "label", "type", "unit", "range", "precision", "surfaceForms", "phrasings", "sumOf");
                number = numberSpec(node, path);
                if (node.has("sumOf")) {
                    sumOf = strings(node, path, "sumOf", 2);
                }
            }
            case CATEGORICAL -> {
                fields(node, path, "id", "label", "type", "vocabulary", "phrasings");
                vocabulary = strings(node, path, "vocabulary", 2);
            }
            case PERSON -> {
                fields(node, path, "id", "label", "type", "phrasings");
                if (people == null) {
                    throw fail(path + ".type", "a person attribute needs the pack's 'people'");
                }
            }
            case PLACE -> {
                fields(node, path, "id", "label", "type", "place", "phrasings");
                if (places.isEmpty()) {
                    throw fail(path + ".type", "a place attribute needs the pack's 'places'");
                }
                JsonNode place = required(node, path, "place");
                object(place, path + ".place");
                fields(place, path + ".place", "level", "of");
                level = text(place, path + ".place", "level");
                if (!level.equals("city") && !level.equals("country")) {
                    throw fail(path + ".place.level", "must be 'city' or 'country', was '" + level + "'");
                }
                if (place.has("of")) {
                    if (!level.equals("country")) {
                        throw fail(path + ".place.of", "only a country-level place takes 'of'");
                    }
                    of = identifier(place, path + ".place", "of");
                }
            }
            case ENTITY_REF -> {
                fields(node, path, "id", "label", "type", "refersTo", "phrasings");
                refersTo = identifier(node, path, "refersTo");
            }
            default -> throw new IllegalStateException(type.name());
        }
        List<Template> phrasings = templates(node, path, "phrasings", Set.of("entity", "value"), Set.of("entity", "value"));
        return new Attribute(id, label, type, number, vocabulary, level, of, refersTo, phrasings, sumOf);
    }

    private NumberSpec numberSpec(JsonNode node, String path) {
        String unit = text(node, path, "unit");
        JsonNode range = required(node, path, "range");
        object(range, path + ".range");
        fields(range, path + ".range", "min", "max");
        BigDecimal min = decimal(range, path + ".range", "min");
        BigDecimal max = decimal(range, path + ".range", "max");
        if (min.compareTo(max) >= 0) {
            throw fail(path + ".range.min", "min (" + min.toPlainString() + ") must be below max (" + max.toPlainString() + ")");
        }
        BigDecimal precision = decimal(node, path, "precision");
        if (precision.signum() <= 0) {
            throw fail(path + ".precision", "must be positive, was " + precision.toPlainString());
        }
        if (min.remainder(precision).signum() != 0) {
            throw fail(path + ".range.min", "is not a multiple of the precision " + precision.toPlainString());
        }
        if (max.remainder(precision).signum() != 0) {
            throw fail(path + ".range.max", "is not a multiple of the precision " + precision.toPlainString());
        }
        JsonNode formsNode = array(node, path, "surfaceForms", 1);
        if (formsNode.size() > MAX_SURFACE_FORMS) {
            throw fail(path + ".surfaceForms", "has at most " + MAX_SURFACE_FORMS + " entries, has " + formsNode.size());
        }
        List<SurfaceForm> forms = new ArrayList<>();
        boolean unrestricted = false;
        for (int i = 0; i < formsNode.size(); i++) {
            String p = path + ".surfaceForms[" + i + "]";
            JsonNode form = formsNode.get(i);
            object(form, p);
            fields(form, p, "pattern", "scale", "decimals", "grouping", "minValue", "maxValue");
            Template pattern = template(required(form, p, "pattern"), p + ".pattern", Set.of("number"), Set.of("number"));
            BigDecimal scale = decimal(form, p, "scale");
            if (scale.signum() <= 0) {
                throw fail(p + ".scale", "must be positive, was " + scale.toPlainString());
            }
            JsonNode decimalsNode = required(form, p, "decimals");
            if (!decimalsNode.isInt() || decimalsNode.intValue() < 0 || decimalsNode.intValue() > 12) {
                throw fail(p + ".decimals", "must be an integer from 0 to 12, was " + decimalsNode);
            }
            boolean grouping = false;
            if (form.has("grouping")) {
                if (!form.get("grouping").isBoolean()) {
                    throw fail(p + ".grouping", "must be true or false");
                }
                grouping = form.get("grouping").booleanValue();
            }
            BigDecimal minValue = form.has("minValue") ? decimal(form, p, "minValue") : null;
            BigDecimal maxValue = form.has("maxValue") ? decimal(form, p, "maxValue") : null;
            if (minValue != null && maxValue != null && minValue.compareTo(maxValue) >= 0) {
                throw fail(p + ".minValue", "must be below maxValue");
            }
            unrestricted |= minValue == null && maxValue == null;
            forms.add(SurfaceForm.of(pattern, scale, decimalsNode.intValue(), grouping, minValue, maxValue));
        }
        if (!unrestricted) {
            throw fail(path + ".surfaceForms", "at least one surface form must have neither minValue nor maxValue");
        }
        BigDecimal span = max.subtract(min).divide(precision);
        if (span.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) > 0) {
            throw fail(path + ".precision", "the range holds too many steps of this precision");
        }
        return new NumberSpec(unit, min, max, precision, List.copyOf(forms), min.divide(precision).longValueExact(),
                max.divide(precision).longValueExact());
    }

    private Relation relation(JsonNode node, String path, Set<String> kindIds) {
        object(node, path);
        fields(node, path, "id", "label", "from", "to", "cardinality", "acyclic", "properties", "phrasings");
        String id = identifier(node, path, "id");
        String label = text(node, path, "label");
        String from = identifier(node, path, "from");
        String to = identifier(node, path, "to");
        if (!kindIds.contains(from)) {
            throw fail(path + ".from", "names no entity kind: '" + from + "'");
        }
        if (!kindIds.contains(to)) {
            throw fail(path + ".to", "names no entity kind: '" + to + "'");
        }
        String cardinality = text(node, path, "cardinality");
        if (!cardinality.equals("many_to_one") && !cardinality.equals("many_to_many")) {
            throw fail(path + ".cardinality", "must be 'many_to_one' or 'many_to_many', was '" + cardinality + "'");
        }
        boolean acyclic = false;
        if (node.has("acyclic")) {
            if (!node.get("acyclic").isBoolean()) {
                throw fail(path + ".acyclic", "must be true or false");
            }
            acyclic = node.get("acyclic").booleanValue();
        }
        List<String> propertyIds = new ArrayList<>();
        if (node.has("properties")) {
            JsonNode props = array(node, path, "properties", 0);
            for (int i = 0; i < props.size(); i++) {
                String p = path + ".properties[" + i + "]";
                JsonNode prop = props.get(i);
                object(prop, p);
                fields(prop, p, "id", "label", "type", "unit", "range", "precision", "surfaceForms");
                String propId = required(prop, p, "id").asText();
                if (propertyIds.contains(propId) || propId.equals("from") || propId.equals("to")) {
                    throw fail(p + ".id", "duplicate or reserved property id '" + propId + "'");
                }
                text(prop, p, "label");
                if (!"number".equals(text(prop, p, "type"))) {
                    throw fail(p + ".type", "relation properties are numbers");
                }
                numberSpec(prop, p);
                propertyIds.add(propId);
            }
        }
        Set<String> placeholders = new HashSet<>(propertyIds);
        placeholders.add("from");
        placeholders.add("to");
        List<Template> phrasings = templates(node, path, "phrasings", placeholders, placeholders);
        return new Relation(id, label, from, to, cardinality.equals("many_to_one"), acyclic, List.copyOf(propertyIds), phrasings);
    }

    private AuthorityCues cues(JsonNode node, String path) {
        object(node, path);
        fields(node, path, "final", "correction", "preliminary", "hearsay", "hypothetical");
        return new AuthorityCues(
                templates(node, path, "final", Set.of("statement"), Set.of("statement")),
                templates(node, path, "correction", Set.of("statement", "previousValue"), Set.of("statement")),
                templates(node, path, "preliminary", Set.of("statement"), Set.of("statement")),
                templates(node, path, "hearsay", Set.of("statement"), Set.of("statement")),
                templates(node, path, "hypothetical", Set.of("entity", "attribute", "value"), Set.of("entity", "attribute", "value")));
    }

    private Lexicon lexicon(JsonNode node, String path) {
        object(node, path);
        fields(node, path, "connectives", "sectionTitles", "documentTitles", "fillerSentences");
        List<String> connectives = plainStrings(node, path, "connectives", 1);
        List<String> sections = plainStrings(node, path, "sectionTitles", 1);
        List<String> titles = plainStrings(node, path, "documentTitles", 1);
        List<String> fillers = node.has("fillerSentences") ? plainStrings(node, path, "fillerSentences", 0) : List.of();
        return new Lexicon(connectives, sections, titles, fillers);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Every string value and field name obeys the script rule (DESIGN.md, verification contract). */
    private void checkStrings(JsonNode node, String path) {
        if (node.isTextual()) {
            Optional<String> problem = ScriptRule.firstViolation(node.textValue());
            if (problem.isPresent()) {
                throw fail(path, "breaks the script rule: " + problem.get());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkStrings(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Optional<String> problem = ScriptRule.firstViolation(e.getKey());
                if (problem.isPresent()) {
                    throw fail(path, "field name breaks the script rule: " + problem.get());
                }
                checkStrings(e.getValue(), path + "." + e.getKey());
            }
        } else if (node.isFloatingPointNumber()) {
            throw fail(path, "a JSON float; write numbers as decimal strings");
        }
    }

    private void object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be an object");
        }
    }

    private void fields(JsonNode node, String path, String... allowed) {
        Set<String> names = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                throw fail(path + "." + name, "unknown field");
            }
        }
    }

    private JsonNode required(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(path + "." + field, "is required");
        }
        return value;
    }

    private String text(JsonNode node, String path, String field) {
        return textValue(required(node, path, field), path + "." + field);
    }

    private String textValue(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw fail(path, "must be a string");
        }
        String text = value.textValue();
        if (text.isEmpty() || !text.equals(text.strip())) {
            throw fail(path, "must be a non-empty trimmed string");
        }
        return text;
    }

    private String identifier(JsonNode node, String path, String field) {
        String text = text(node, path, field);
        if (!Checks.isIdentifier(text)) {
            throw fail(path + "." + field, "must be a lower-case identifier, was '" + text + "'");
        }
        return text;
    }

    private BigDecimal decimal(JsonNode node, String path, String field) {
        String text = text(node, path, field);
        boolean ok = text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
        if (!ok) {
            throw fail(path + "." + field, "must be a decimal string without exponent or leading zeros, was '" + text + "'");
        }
        return new BigDecimal(text);
    }

    private JsonNode array(JsonNode node, String path, String field, int min) {
        JsonNode value = required(node, path, field);
        if (!value.isArray()) {
            throw fail(path + "." + field, "must be an array");
        }
        if (value.size() < min) {
            throw fail(path + "." + field, "must have at least " + min + " entries, has " + value.size());
        }
        return value;
    }

    private List<String> strings(JsonNode node, String path, String field, int min) {
        JsonNode array = array(node, path, field, min);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String s = textValue(array.get(i), path + "." + field + "[" + i + "]");
            if (!seen.add(s)) {
                throw fail(path + "." + field + "[" + i + "]", "duplicate entry '" + s + "'");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private List<String> plainStrings(JsonNode node, String path, String field, int min) {
        List<String> out = strings(node, path, field, min);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).indexOf('{') >= 0 || out.get(i).indexOf('}') >= 0) {
                throw fail(path + "." + field + "[" + i + "]", "braces are allowed only in templates");
            }
        }
        return out;
    }

    private List<Template> templates(JsonNode node, String path, String field, Set<String> allowed, Set<String> once) {
        JsonNode array = array(node, path, field, 1);
        List<Template> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String p = path + "." + field + "[" + i + "]";
            if (!seen.add(array.get(i).asText())) {
                throw fail(p, "duplicate entry");
            }
            out.add(template(array.get(i), p, allowed, once));
        }
        return List.copyOf(out);
    }

    private Template template(JsonNode value, String path, Set<String> allowed, Set<String> once) {
        String text = textValue(value, path);
        Template template;
        try {
            template = Template.parse(text);
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
        for (String name : template.placeholders()) {
            if (!allowed.contains(name)) {
                throw fail(path, "placeholder {" + name + "} is not allowed here");
            }
        }
        for (String name : once) {
            if (template.count(name) != 1) {
                throw fail(path, "must use {" + name + "} exactly once, uses it " + template.count(name) + " times");
            }
        }
        if (allowed.contains("previousValue") && template.count("previousValue") > 1) {
            throw fail(path, "uses {previousValue} more than once");
        }
        return template;
    }

    private DomainPackException fail(String path, String problem) {
        return new DomainPackException(source, path, problem);
    }
}
