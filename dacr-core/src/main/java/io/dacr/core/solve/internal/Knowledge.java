package io.dacr.core.solve.internal;

import io.dacr.core.solve.internal.PackGrammar.Attribute;
import io.dacr.core.solve.internal.PackGrammar.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A solver's table of believed values: for each entity (as its names resolve) and attribute, the
 * statement its {@link Selection} rule picks among everything its reader found.
 */
final class Knowledge {

    /**
     * A believed value.
     *
     * @param mention the statement it comes from (its paragraph is the citation)
     * @param entity the entity's resolved name
     * @param number the value, for numbers
     * @param text the value as text: a resolved name for references, the words as written otherwise
     */
    record Value(Mention mention, String entity, BigDecimal number, String text) {

        /** @return the value as an answer or a trace input: a plain number or the text */
        String answer() {
            return number != null ? number.toPlainString() : text;
        }
    }

    private final NameBook names;
    private final Map<String, Map<String, Value>> table = new LinkedHashMap<>();

    Knowledge(List<Mention> mentions, NameBook names, Selection selection) {
        this.names = names;
        Map<String, Map<String, List<Mention>>> grouped = new LinkedHashMap<>();
        for (Mention m : mentions) {
            grouped.computeIfAbsent(names.resolve(m.subject()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.attribute().id(), k -> new ArrayList<>()).add(m);
        }
        grouped.forEach((entity, attributes) -> attributes.forEach((id, list) -> {
            Mention chosen = selection.choose(list, this::sameValue);
            if (chosen != null) {
                table.computeIfAbsent(NameBook.key(entity), k -> new LinkedHashMap<>()).put(id, value(entity, chosen));
            }
        }));
    }

    private Value value(String entity, Mention m) {
        Attribute a = m.attribute();
        if (a.type() == ValueType.NUMBER) {
            return new Value(m, entity, a.number(m.valueText()), m.valueText());
        }
        if (a.type() == ValueType.ENTITY_REF || a.type() == ValueType.RELATION) {
            return new Value(m, entity, null, names.resolve(m.valueText()));
        }
        return new Value(m, entity, null, m.valueText());
    }

    private boolean sameValue(Mention a, Mention b) {
        if (a.attribute().type() == ValueType.NUMBER) {
            return Selection.sameNumber(a.attribute().number(a.valueText()), b.attribute().number(b.valueText()));
        }
        return NameBook.key(names.resolve(a.valueText())).equals(NameBook.key(names.resolve(b.valueText())));
    }

    /**
     * @param entityName an entity's name as a question writes it
     * @param attributes the attributes a label names
     * @return the believed value, or null if the solver found none
     */
    Value get(String entityName, List<Attribute> attributes) {
        Map<String, Value> row = table.get(NameBook.key(names.resolve(entityName)));
        if (row == null) {
            return null;
        }
        for (Attribute a : attributes) {
            Value v = row.get(a.id());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    NameBook names() {
        return names;
    }
}
