package io.dacr.core.verify.internal;

import io.dacr.api.Fact;
import io.dacr.api.GroundedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key's grounding as a trace's citations are checked against it: the statements of each
 * paragraph, each knowing the normal forms of its fact's attribute and of the names of its fact's
 * entity (the canonical name, and every alias the key states the entity's facts under).
 *
 * <p>Built to be cheap when a key is graded once, as a stateless verifier grades a key it has just
 * regenerated: indexing files the statements by paragraph and groups the names by entity without
 * normalising any text. A statement is made when a citation first reaches its paragraph (a submission
 * cites a dozen of a hundred paragraphs); the normal forms of an entity's names, or of an attribute, when
 * a statement of it is first made. Once a key is graded again, {@link #prepareForReuse} normalises the
 * rest and maps each name and attribute text of the key to its normal form, so that a citation copying
 * the key's text finds its normal forms without normalising them, and is matched by identity.
 *
 * <p>Nothing of this changes what a citation check decides. Thread-safe: what is worked out later is
 * immutable and stored without a lock; threads that race both work out equal objects, and whichever is
 * kept is right (racy single-check, as {@link String#hashCode} caches its hash).
 */
final class CitationIndex {

    private final List<Fact> facts;
    private final List<GroundedMention> mentions;
    private final int maxDigits;
    /** The entity of each fact, by the fact's position in the key. */
    private final int[] factEntities;
    /** The attribute of each fact, by the fact's position in the key. */
    private final int[] factAttributes;
    /** Each entity's names as the key writes them: the canonical name first, then the aliases in the key's order. */
    private final String[][] entityTexts;
    /** The normal forms of each entity's names, in the order of {@link #entityTexts}, once worked out; null before. */
    private final List<String>[] entityNames;
    /** Each attribute as the key writes it. */
    private final String[] attributeTexts;
    /** The normal form of each attribute, once worked out; null before. */
    private final String[] attributeNames;
    /**
     * The statements of paragraph {@code n} are those at {@code [statementStart[n], statementStart[n + 1])}
     * of the three arrays below, in the key's order.
     */
    private final int[] statementStart;
    /** The position in the key's mentions of each statement. */
    private final int[] statementMention;
    /** The position in the key's facts of the fact each statement states. */
    private final int[] statementFact;
    /** Each statement once made; null before. */
    private final GroundedStatement[] statements;
    /** The key's name and attribute texts to their normal forms, once {@link #prepareForReuse prepared}; null before. */
    private KnownTexts known;

    /** Each name and attribute text of the key, to the normal form the statements hold. */
    private record KnownTexts(Map<String, String> names, Map<String, String> attributes) {
    }

    /**
     * @param facts the key's facts
     * @param mentions the key's grounding mentions
     * @param paragraphCount the number of paragraphs of the document
     * @param maxDigits the verifier's digit cap, under which surface forms are read
     */
    CitationIndex(List<Fact> facts, List<GroundedMention> mentions, int paragraphCount, int maxDigits) {
        this.facts = facts;
        this.mentions = mentions;
        this.maxDigits = maxDigits;
        this.factEntities = new int[facts.size()];
        this.factAttributes = new int[facts.size()];
        List<List<String>> texts = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        indexFacts(texts, attributes);
        int[] mentionFacts = new int[mentions.size()];
        int[] paragraphs = new int[mentions.size()];
        this.statementStart = new int[paragraphCount + 2];
        int count = indexMentions(texts, paragraphCount, mentionFacts, paragraphs);
        this.entityTexts = new String[texts.size()][];
        for (int e = 0; e < entityTexts.length; e++) {
            entityTexts[e] = texts.get(e).toArray(new String[0]);
        }
        @SuppressWarnings("unchecked") // an array of lists; only lists of names are stored
        List<String>[] names = new List[entityTexts.length];
        this.entityNames = names;
        this.attributeTexts = attributes.toArray(new String[0]);
        this.attributeNames = new String[attributeTexts.length];
        this.statementMention = new int[count];
        this.statementFact = new int[count];
        this.statements = new GroundedStatement[count];
        fileStatements(mentionFacts, paragraphs);
    }

    /**
     * Numbers the entities and attributes of the facts (by text), in the key's order. Facts of one
     * entity, and often of one attribute, follow each other: the same text object is not looked up again.
     */
    private void indexFacts(List<List<String>> texts, List<String> attributes) {
        Map<String, Integer> entities = new HashMap<>();
        Map<String, Integer> attributeNumbers = new HashMap<>();
        String lastEntity = null;
        int entity = -1;
        String lastAttribute = null;
        int attribute = -1;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.entity() != lastEntity) {
                lastEntity = f.entity();
                entity = numberOf(entities, lastEntity);
                if (entity == texts.size()) {
                    List<String> names = new ArrayList<>(4);
                    names.add(lastEntity);
                    texts.add(names);
                }
            }
            factEntities[i] = entity;
            if (f.attribute() != lastAttribute) {
                lastAttribute = f.attribute();
                attribute = numberOf(attributeNumbers, lastAttribute);
                if (attribute == attributes.size()) {
                    attributes.add(lastAttribute);
                }
            }
            factAttributes[i] = attribute;
        }
    }

    /** @return the number of {@code text}, numbering it next if it has none */
    private static int numberOf(Map<String, Integer> numbers, String text) {
        Integer number = numbers.putIfAbsent(text, numbers.size());
        return number == null ? numbers.size() - 1 : number;
    }

    /**
     * Finds each mention's fact (the last fact with its id), adds its alias to the names of the fact's
     * entity, reads its paragraph, and counts the statements of each paragraph. A mention whose fact the
     * key does not have, or whose paragraph is not one of the document's, can never be cited, so it
     * makes no statement (its alias still names the entity if its fact is known).
     *
     * @return the number of statements
     */
    private int indexMentions(List<List<String>> texts, int paragraphCount, int[] mentionFacts, int[] paragraphs) {
        Map<String, Integer> factsById = numberedFacts() ? null : factsById();
        int count = 0;
        for (int i = 0; i < mentions.size(); i++) {
            GroundedMention m = mentions.get(i);
            int fact = factPosition(m.factId(), factsById);
            if (fact >= 0) {
                List<String> names = texts.get(factEntities[fact]);
                // A name stated again is listed once (by identity: an equal text of another object may be
                // listed twice, which matches the same).
                if (!containsInstance(names, m.alias())) {
                    names.add(m.alias());
                }
                int paragraph = TraceValidator.paragraphNumber(m.paragraphId());
                if (paragraph < 1 || paragraph > paragraphCount) {
                    fact = -1;
                } else {
                    paragraphs[i] = paragraph;
                    statementStart[paragraph + 1]++;
                    count++;
                }
            }
            mentionFacts[i] = fact;
        }
        return count;
    }

    /** Files the statements by paragraph: a stable counting sort, so each paragraph keeps the key's order. */
    private void fileStatements(int[] mentionFacts, int[] paragraphs) {
        for (int p = 1; p < statementStart.length; p++) {
            statementStart[p] += statementStart[p - 1];
        }
        int[] next = statementStart.clone();
        for (int i = 0; i < mentionFacts.length; i++) {
            if (mentionFacts[i] >= 0) {
                int slot = next[paragraphs[i]]++;
                statementMention[slot] = i;
                statementFact[slot] = mentionFacts[i];
            }
        }
    }

    private static boolean containsInstance(List<String> list, String instance) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == instance) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true if the facts' ids are f1, f2, ... in order (as the generator numbers them), so that
     *     a mention's fact is found by the number in its id
     */
    private boolean numberedFacts() {
        for (int i = 0; i < facts.size(); i++) {
            if (factNumber(facts.get(i).id()) != i + 1) {
                return false;
            }
        }
        return true;
    }

    /** @return each fact id to the position of the last fact with that id */
    private Map<String, Integer> factsById() {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            byId.put(facts.get(i).id(), i);
        }
        return byId;
    }

    /**
     * @param factId a mention's fact id
     * @param factsById the facts by id, or null if they are numbered (see {@link #numberedFacts})
     * @return the position of the (last) fact with that id, or -1 if there is none
     */
    private int factPosition(String factId, Map<String, Integer> factsById) {
        if (factsById != null) {
            Integer position = factsById.get(factId);
            return position == null ? -1 : position;
        }
        int number = factNumber(factId);
        return number >= 1 && number <= facts.size() ? number - 1 : -1;
    }

    /**
     * @return the number {@code n} of an id written {@code f<n>} exactly as {@code "f" + n} writes it (no
     *     sign, no leading zero, at most nine digits), else -1
     */
    static int factNumber(String id) {
        int length = id.length();
        if (length < 2 || length > 10 || id.charAt(0) != 'f' || id.charAt(1) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The statements of a paragraph are {@link #statement}{@code (i)} for {@code i} from this to
     * {@link #endOfStatements}, in the key's order.
     *
     * @param paragraph a paragraph number, 1 to the number of paragraphs
     * @return the number of the paragraph's first statement of a fact the key knows
     */
    int firstStatement(int paragraph) {
        return statementStart[paragraph];
    }

    /**
     * @param paragraph a paragraph number, 1 to the number of paragraphs
     * @return one past the number of the paragraph's last statement
     */
    int endOfStatements(int paragraph) {
        return statementStart[paragraph + 1];
    }

    /**
     * @param number a statement's number (see {@link #firstStatement})
     * @return the statement, made now if no citation reached it before
     */
    GroundedStatement statement(int number) {
        GroundedStatement statement = statements[number];
        if (statement == null) {
            int fact = statementFact[number];
            statement = new GroundedStatement(mentions.get(statementMention[number]), facts.get(fact),
                    names(factEntities[fact]), attribute(factAttributes[fact]), maxDigits);
            statements[number] = statement; // racy single-check: see the class comment
        }
        return statement;
    }

    /** @return the normal forms of an entity's names, in the order of its texts */
    private List<String> names(int entity) {
        List<String> names = entityNames[entity];
        if (names == null) {
            String[] texts = entityTexts[entity];
            String[] normal = new String[texts.length];
            for (int i = 0; i < texts.length; i++) {
                normal[i] = Normalizer.strict(texts[i]);
            }
            names = List.of(normal);
            entityNames[entity] = names; // racy single-check: see the class comment
        }
        return names;
    }

    /** @return the normal form of an attribute */
    private String attribute(int attribute) {
        String name = attributeNames[attribute];
        if (name == null) {
            name = Normalizer.attribute(attributeTexts[attribute]);
            attributeNames[attribute] = name; // racy single-check: see the class comment
        }
        return name;
    }

    /**
     * Normalises every name and attribute of the key not normalised yet, and maps each text to the normal
     * form the statements hold: called when the key is graded again, after which a citation that copies
     * the key's text finds its normal forms with {@link #knownNormalName} and {@link #knownNormalAttribute}.
     */
    void prepareForReuse() {
        if (known != null) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        for (int e = 0; e < entityTexts.length; e++) {
            List<String> normal = names(e);
            for (int i = 0; i < normal.size(); i++) {
                names.putIfAbsent(entityTexts[e][i], normal.get(i));
            }
        }
        Map<String, String> attributes = new HashMap<>();
        for (int a = 0; a < attributeTexts.length; a++) {
            attributes.put(attributeTexts[a], attribute(a));
        }
        known = new KnownTexts(names, attributes); // racy single-check: see the class comment
    }

    /**
     * @param name a name as a trace step gives it
     * @return {@code Normalizer.strict(name)} if the key writes the name so (a step usually copies it)
     *     and the index is {@link #prepareForReuse prepared}, as the statements hold it
     *     ({@link GroundedStatement#statesKnown}); else null
     */
    String knownNormalName(String name) {
        KnownTexts k = known;
        return k == null ? null : k.names().get(name);
    }

    /**
     * @param attribute an attribute name as a trace step gives it
     * @return {@code Normalizer.attribute(attribute)} if a fact of the key writes the attribute so and the
     *     index is {@link #prepareForReuse prepared}, as the statements hold it; else null
     */
    String knownNormalAttribute(String attribute) {
        KnownTexts k = known;
        return k == null ? null : k.attributes().get(attribute);
    }
}
