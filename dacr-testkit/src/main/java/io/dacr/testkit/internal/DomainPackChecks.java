package io.dacr.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.internal.ScriptRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the domain-pack format that its JSON Schema cannot express (see
 * docs/domain-pack-format.md, "Rules beyond the schema"). Each check returns its problems, one line
 * each starting with the JSON path, and tolerates packs that also break the schema: what the schema
 * reports is skipped here rather than reported twice. Not API.
 */
public final class DomainPackChecks {

    /** The fewest sentence templates an attribute or relation may have. */
    public static final int MIN_PHRASINGS = 6;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private DomainPackChecks() {
    }

    /**
     * @param pack a parsed pack
     * @return every JSON number that is not an integer: domain values are decimal strings
     */
    public static List<String> floatProblems(JsonNode pack) {
        List<String> problems = new ArrayList<>();
        PackJson.walk(pack, (path, node) -> {
            if (node.isNumber() && !node.isIntegralNumber()) {
                problems.add(path + ": " + node.asText() + " is a JSON float; write decimal values as strings, e.g. \""
                        + node.decimalValue().toPlainString() + "\"");
            }
        });
        return problems;
    }

    /**
     * @param pack a parsed pack
     * @return every string value and field name that breaks the {@link ScriptRule}
     */
    public static List<String> scriptProblems(JsonNode pack) {
        List<String> problems = new ArrayList<>();
        PackJson.walk(pack, (path, node) -> {
            if (node.isTextual()) {
                ScriptRule.firstViolation(node.asText()).ifPresent(reason -> problems.add(path + ": " + reason));
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    ScriptRule.firstViolation(field.getKey())
                            .ifPresent(reason -> problems.add(path + ": field name: " + reason));
                }
            }
        });
        return problems;
    }

    /**
     * @param pack a parsed pack
     * @return every attribute and relation with fewer than {@value #MIN_PHRASINGS} phrasings
     */
    public static List<String> phrasingCountProblems(JsonNode pack) {
        List<String> problems = new ArrayList<>();
        forEach(pack.path("entityKinds"), "$.entityKinds", (kindPath, kind) ->
                forEach(kind.path("attributes"), kindPath + ".attributes", (path, attribute) ->
                        requirePhrasings(path, attribute, problems)));
        forEach(pack.path("relations"), "$.relations", (path, relation) -> requirePhrasings(path, relation, problems));
        return problems;
    }

    private static void requirePhrasings(String path, JsonNode owner, List<String> problems) {
        Set<String> distinct = new HashSet<>();
        owner.path("phrasings").forEach(p -> distinct.add(p.asText()));
        if (distinct.size() < MIN_PHRASINGS) {
            problems.add(path + ".phrasings: " + owner.path("id").asText("?") + " has " + distinct.size()
                    + " distinct phrasings, needs at least " + MIN_PHRASINGS);
        }
    }

    /**
     * @param pack a parsed pack
     * @return every template that uses an unknown placeholder, misses a required one, repeats one that
     *     must appear once, or has a stray brace; and every other string that contains a brace
     */
    public static List<String> placeholderProblems(JsonNode pack) {
        List<String> problems = new ArrayList<>();
        Set<String> templatePaths = new HashSet<>();
        Templates templates = new Templates(problems, templatePaths);

        templates.check("$.people.patterns", pack.path("people").path("patterns"),
                TemplateRule.free(Set.of("given", "family")));
        forEach(pack.path("entityKinds"), "$.entityKinds", (kindPath, kind) -> {
            Set<String> parts = fieldNames(kind.path("naming").path("parts"));
            templates.check(kindPath + ".naming.patterns", kind.path("naming").path("patterns"), TemplateRule.free(parts));
            Set<String> aliasPlaceholders = new TreeSet<>(parts);
            aliasPlaceholders.add("initials");
            aliasPlaceholders.add("noun");
            kind.path("attributes").forEach(a -> {
                String type = a.path("type").asText();
                if (type.equals("categorical") || type.equals("place")) {
                    aliasPlaceholders.add(a.path("id").asText());
                }
            });
            forEach(kind.path("aliases"), kindPath + ".aliases", (aliasPath, alias) -> {
                templates.check(aliasPath + ".templates", alias.path("templates"), TemplateRule.free(aliasPlaceholders));
                templates.check(aliasPath + ".introductions", alias.path("introductions"),
                        TemplateRule.once(Set.of("name", "alias")));
            });
            forEach(kind.path("attributes"), kindPath + ".attributes", (attributePath, attribute) -> {
                templates.check(attributePath + ".phrasings", attribute.path("phrasings"),
                        TemplateRule.once(Set.of("entity", "value")));
                checkSurfaceForms(attributePath, attribute, templates);
            });
        });
        forEach(pack.path("relations"), "$.relations", (relationPath, relation) -> {
            Set<String> required = new TreeSet<>(Set.of("from", "to"));
            forEach(relation.path("properties"), relationPath + ".properties", (propertyPath, property) -> {
                required.add(property.path("id").asText());
                checkSurfaceForms(propertyPath, property, templates);
            });
            templates.check(relationPath + ".phrasings", relation.path("phrasings"), TemplateRule.once(required));
        });
        JsonNode cues = pack.path("authorityCues");
        for (String statementCue : List.of("final", "preliminary", "hearsay")) {
            templates.check("$.authorityCues." + statementCue, cues.path(statementCue),
                    TemplateRule.once(Set.of("statement")));
        }
        templates.check("$.authorityCues.correction", cues.path("correction"),
                new TemplateRule(Set.of("statement"), Set.of("previousValue"), Set.of(), true));
        templates.check("$.authorityCues.hypothetical", cues.path("hypothetical"),
                TemplateRule.once(Set.of("entity", "attribute", "value")));

        PackJson.walk(pack, (path, node) -> {
            if (node.isTextual() && !templatePaths.contains(path)
                    && (node.asText().indexOf('{') >= 0 || node.asText().indexOf('}') >= 0)) {
                problems.add(path + ": only templates may contain braces, this is not a template: '" + node.asText() + "'");
            }
        });
        return problems;
    }

    private static void checkSurfaceForms(String ownerPath, JsonNode owner, Templates templates) {
        forEach(owner.path("surfaceForms"), ownerPath + ".surfaceForms", (formPath, form) ->
                templates.checkOne(formPath + ".pattern", form.path("pattern"), TemplateRule.once(Set.of("number"))));
    }

    /**
     * @param pack a parsed pack
     * @return every numeric range whose minimum is not below its maximum or off its precision grid,
     *     every precision or scale that is not positive, and every number without a surface form that
     *     fits all of its values
     */
    public static List<String> rangeProblems(JsonNode pack) {
        List<String> problems = new ArrayList<>();
        forEach(pack.path("entityKinds"), "$.entityKinds", (kindPath, kind) ->
                forEach(kind.path("attributes"), kindPath + ".attributes", (path, attribute) -> {
                    if (attribute.path("type").asText().equals("number")) {
                        checkNumber(path, attribute, problems);
                    }
                }));
        forEach(pack.path("relations"), "$.relations", (relationPath, relation) ->
                forEach(relation.path("properties"), relationPath + ".properties",
                        (path, property) -> checkNumber(path, property, problems)));
        return problems;
    }

    private static void checkNumber(String path, JsonNode number, List<String> problems) {
        BigDecimal min = decimal(number.path("range").path("min"));
        BigDecimal max = decimal(number.path("range").path("max"));
        BigDecimal precision = decimal(number.path("precision"));
        if (min != null && max != null && min.compareTo(max) >= 0) {
            problems.add(path + ".range: min " + min.toPlainString() + " must be below max " + max.toPlainString());
        }
        if (precision != null) {
            if (precision.signum() <= 0) {
                problems.add(path + ".precision: must be positive, is " + precision.toPlainString());
            } else {
                for (Map.Entry<String, BigDecimal> bound : bounds(min, max).entrySet()) {
                    if (bound.getValue().remainder(precision).signum() != 0) {
                        problems.add(path + ".range." + bound.getKey() + ": " + bound.getValue().toPlainString()
                                + " is not a whole multiple of the precision " + precision.toPlainString());
                    }
                }
            }
        }
        boolean fitsAll = false;
        JsonNode forms = number.path("surfaceForms");
        for (int i = 0; i < forms.size(); i++) {
            JsonNode form = forms.get(i);
            String formPath = path + ".surfaceForms[" + i + "]";
            BigDecimal scale = decimal(form.path("scale"));
            if (scale != null && scale.signum() <= 0) {
                problems.add(formPath + ".scale: must be positive, is " + scale.toPlainString());
            }
            BigDecimal from = decimal(form.path("minValue"));
            BigDecimal to = decimal(form.path("maxValue"));
            if (from != null && to != null && from.compareTo(to) >= 0) {
                problems.add(formPath + ": minValue " + from.toPlainString() + " must be below maxValue " + to.toPlainString());
            }
            fitsAll |= form.path("minValue").isMissingNode() && form.path("maxValue").isMissingNode();
        }
        if (forms.isArray() && forms.size() > 0 && !fitsAll) {
            problems.add(path + ".surfaceForms: every form is limited by minValue or maxValue; one must fit every value");
        }
    }

    private static Map<String, BigDecimal> bounds(BigDecimal min, BigDecimal max) {
        Map<String, BigDecimal> bounds = new TreeMap<>();
        if (max != null) {
            bounds.put("max", max);
        }
        if (min != null) {
            bounds.put("min", min);
        }
        return bounds;
    }

    /**
     * @param pack a parsed pack
     * @return every reference to an entity kind or attribute that is not declared, every place
     *     attribute without places to draw from, every person attribute without people
     */
    public static List<String> referenceProblems(JsonNode pack) {
        List<String> problems = new ArrayList<>();
        Set<String> kinds = new TreeSet<>();
        pack.path("entityKinds").forEach(k -> kinds.add(k.path("id").asText()));
        forEach(pack.path("entityKinds"), "$.entityKinds", (kindPath, kind) -> {
            Map<String, JsonNode> attributes = new TreeMap<>();
            kind.path("attributes").forEach(a -> attributes.put(a.path("id").asText(), a));
            forEach(kind.path("attributes"), kindPath + ".attributes", (path, attribute) -> {
                switch (attribute.path("type").asText()) {
                    case "entity_ref" -> {
                        String target = attribute.path("refersTo").asText();
                        if (attribute.path("refersTo").isTextual() && !kinds.contains(target)) {
                            problems.add(path + ".refersTo: no entity kind '" + target + "'; kinds: " + kinds);
                        }
                    }
                    case "person" -> {
                        if (pack.path("people").isMissingNode()) {
                            problems.add(path + ": a person attribute needs the pack's people (name parts)");
                        }
                    }
                    case "place" -> {
                        if (!pack.path("places").isArray() || pack.path("places").isEmpty()) {
                            problems.add(path + ": a place attribute needs the pack's places");
                        }
                        checkPlaceOf(path, attribute, attributes, problems);
                    }
                    default -> {
                        // Numbers and categoricals refer to nothing.
                    }
                }
            });
        });
        forEach(pack.path("relations"), "$.relations", (path, relation) -> {
            for (String end : List.of("from", "to")) {
                String kind = relation.path(end).asText();
                if (relation.path(end).isTextual() && !kinds.contains(kind)) {
                    problems.add(path + "." + end + ": no entity kind '" + kind + "'; kinds: " + kinds);
                }
            }
        });
        return problems;
    }

    private static void checkPlaceOf(String path, JsonNode attribute, Map<String, JsonNode> attributes,
                                     List<String> problems) {
        JsonNode place = attribute.path("place");
        JsonNode of = place.path("of");
        if (of.isMissingNode()) {
            return;
        }
        if (!place.path("level").asText().equals("country")) {
            problems.add(path + ".place.of: only a country-level place can name the city it contains");
            return;
        }
        JsonNode city = attributes.get(of.asText());
        if (city == null || !city.path("type").asText().equals("place")
                || !city.path("place").path("level").asText().equals("city")) {
            problems.add(path + ".place.of: '" + of.asText() + "' is not a city-level place attribute of this kind");
        }
    }

    /**
     * @param pack a parsed pack
     * @return every id or name that repeats within its scope: kinds, attributes and alias kinds of a
     *     kind, relations, properties of a relation, countries, cities
     */
    public static List<String> uniquenessProblems(JsonNode pack) {
        List<String> problems = new ArrayList<>();
        requireUnique("$.entityKinds", pack.path("entityKinds"), "id", problems);
        forEach(pack.path("entityKinds"), "$.entityKinds", (kindPath, kind) -> {
            requireUnique(kindPath + ".attributes", kind.path("attributes"), "id", problems);
            requireUnique(kindPath + ".aliases", kind.path("aliases"), "kind", problems);
        });
        requireUnique("$.relations", pack.path("relations"), "id", problems);
        forEach(pack.path("relations"), "$.relations", (path, relation) ->
                requireUnique(path + ".properties", relation.path("properties"), "id", problems));
        requireUnique("$.places", pack.path("places"), "name", problems);
        Set<String> cities = new HashSet<>();
        forEach(pack.path("places"), "$.places", (path, country) ->
                forEach(country.path("cities"), path + ".cities", (cityPath, city) -> {
                    if (!cities.add(city.asText())) {
                        problems.add(cityPath + ": the city '" + city.asText() + "' is listed more than once");
                    }
                }));
        return problems;
    }

    private static void requireUnique(String path, JsonNode array, String field, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i).path(field);
            if (value.isTextual() && !seen.add(value.asText())) {
                problems.add(path + "[" + i + "]." + field + ": '" + value.asText() + "' is used more than once");
            }
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isTextual() && DECIMAL.matcher(node.asText()).matches() ? new BigDecimal(node.asText()) : null;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.properties().forEach(field -> names.add(field.getKey()));
        return names;
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void forEach(JsonNode array, String path, Visitor visitor) {
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                visitor.visit(path + "[" + i + "]", array.get(i));
            }
        }
    }

    /**
     * Which placeholders a template may use: {@code required} exactly once each, {@code optional} at
     * most once each, {@code free} any number of times; and whether it needs a placeholder at all.
     */
    private record TemplateRule(Set<String> required, Set<String> optional, Set<String> free, boolean needsOne) {

        static TemplateRule once(Set<String> required) {
            return new TemplateRule(required, Set.of(), Set.of(), true);
        }

        static TemplateRule free(Set<String> free) {
            return new TemplateRule(Set.of(), Set.of(), free, true);
        }
    }

    /** Checks templates against their rules and remembers where templates are. */
    private record Templates(List<String> problems, Set<String> paths) {

        void check(String path, JsonNode array, TemplateRule rule) {
            forEach(array, path, (itemPath, item) -> checkOne(itemPath, item, rule));
        }

        void checkOne(String path, JsonNode node, TemplateRule rule) {
            if (!node.isTextual()) {
                return;
            }
            paths.add(path);
            String text = node.asText();
            Map<String, Integer> counts = new TreeMap<>();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
            String rest = PLACEHOLDER.matcher(text).replaceAll("");
            if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
                problems.add(path + ": stray brace in '" + text + "'; placeholders look like {name}");
            }
            if (rule.needsOne() && counts.isEmpty()) {
                problems.add(path + ": '" + text + "' has no placeholder");
            }
            for (Map.Entry<String, Integer> placeholder : counts.entrySet()) {
                String name = placeholder.getKey();
                if (!rule.required().contains(name) && !rule.optional().contains(name) && !rule.free().contains(name)) {
                    Set<String> known = new TreeSet<>(rule.required());
                    known.addAll(rule.optional());
                    known.addAll(rule.free());
                    problems.add(path + ": unknown placeholder {" + name + "} in '" + text + "'; known here: " + known);
                } else if (placeholder.getValue() > 1 && !rule.free().contains(name)) {
                    problems.add(path + ": {" + name + "} appears " + placeholder.getValue() + " times in '" + text
                            + "', at most once allowed");
                }
            }
            for (String name : rule.required()) {
                if (!counts.containsKey(name)) {
                    problems.add(path + ": '" + text + "' lacks the placeholder {" + name + "}");
                }
            }
        }
    }
}
