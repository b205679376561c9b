package io.dacr.core.verify.internal;

import io.dacr.api.Fact;
import io.dacr.api.GroundedMention;
import io.dacr.api.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key's grounding as a trace's citations are checked against it: the statements of each
 * paragraph, each knowing the normal forms of its fact's attribute and of the names of its fact's
 * entity (the canonical name, and every alias the key states the entity's facts under).
 *
 * <p>Built to be cheap when a key is graded once, as a stateless verifier grades a key it has just
 * regenerated: indexing finds each mention's fact and paragraph, files the statements by paragraph and
 * numbers the entities, without normalising any text. A statement is made when a citation first reaches
 * its paragraph (a submission cites a dozen of a hundred paragraphs), with the normal form of its
 * attribute; the names of an entity are gathered and normalised when a statement of it is first made.
 * Once a key is graded again, {@link #prepareForReuse} normalises the rest and maps each name and
 * attribute text of the key to its normal form, one instance per text, so that a citation copying the
 * key's text finds its normal forms without normalising them, and is matched by identity.
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
    /** Each entity's canonical name as the key writes it. */
    private final String[] entityTexts;
    /** The position in the key's facts of the fact each mention states (the last with its id), or -1. */
    private final int[] mentionFacts;
    /** The alias of each mention, read while indexing reads the mention, so that gathering names reads no mention again. */
    private final String[] mentionAliases;
    /** Each entity's names, once gathered; null before. */
    private final EntityNames[] entityNames;
    /**
     * The statements of paragraph {@code n} are those at {@code [statementStart[n], statementStart[n + 1])}
     * of the three arrays below, in the key's order.
     */
    private final int[] statementStart;
    /** The position in the key's mentions of each statement. */
    private final int[] statementMention;
    /** The position in the key's facts of the fact each statement states. */
    private final int[] statementFact;
    /** Each statement once made; null before (and again once the index is prepared for reuse). */
    private final GroundedStatement[] statements;
    /** The key's name and attribute texts to their normal forms, once {@link #prepareForReuse prepared}; null before. */
    private KnownTexts known;

    /**
     * An entity's names: its canonical name, then each alias its facts are stated under, in the key's
     * order (one entry per text object, so an equal text of another object may come twice, which matches
     * the same).
     *
     * @param texts the names as the key writes them
     * @param normal their normal forms, in the same order
     */
    private record EntityNames(List<String> texts, List<String> normal) {
    }

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
        this.entityTexts = indexEntities();
        this.entityNames = new EntityNames[entityTexts.length];
        this.mentionFacts = new int[mentions.size()];
        this.mentionAliases = new String[mentions.size()];
        int[] paragraphs = new int[mentions.size()];
        this.statementStart = new int[paragraphCount + 2];
        int count = indexMentions(paragraphCount, paragraphs);
        this.statementMention = new int[count];
        this.statementFact = new int[count];
        this.statements = new GroundedStatement[count];
        fileStatements(paragraphs);
    }

    /**
     * Numbers the entities of the facts (by text), in the key's order. Facts of one entity follow each
     * other: the same text object is not looked up again.
     *
     * @return each entity's canonical name, by number
     */
    private String[] indexEntities() {
        Map<String, Integer> entities = new HashMap<>();
        List<String> texts = new ArrayList<>();
        String lastEntity = null;
        int entity = -1;
        for (int i = 0; i < facts.size(); i++) {
            String text = facts.get(i).entity();
            if (text != lastEntity) {
                lastEntity = text;
                Integer known = entities.putIfAbsent(text, texts.size());
                entity = known == null ? texts.size() : known;
                if (known == null) {
                    texts.add(text);
                }
            }
            factEntities[i] = entity;
        }
        return texts.toArray(new String[0]);
    }

    /**
     * Finds each mention's fact (the last fact with its id) and paragraph, and counts the statements of
     * each paragraph. A mention whose fact the key does not have, or whose paragraph is not one of the
     * document's, can never be cited, so it makes no statement (its alias still names the entity if its
     * fact is known).
     *
     * @return the number of statements
     */
    private int indexMentions(int paragraphCount, int[] paragraphs) {
        Map<String, Integer> factsById = numberedFacts() ? null : factsById();
        int count = 0;
        for (int i = 0; i < mentions.size(); i++) {
            GroundedMention m = mentions.get(i);
            int fact = factPosition(m.factId(), factsById);
            mentionFacts[i] = fact;
            mentionAliases[i] = m.alias();
            if (fact >= 0) {
                int paragraph = TraceValidator.paragraphNumber(m.paragraphId());
                if (paragraph >= 1 && paragraph <= paragraphCount) {
                    paragraphs[i] = paragraph;
                    statementStart[paragraph + 1]++;
                    count++;
                }
            }
        }
        return count;
    }

    /** Files the statements by paragraph: a stable counting sort, so each paragraph keeps the key's order. */
    private void fileStatements(int[] paragraphs) {
        for (int p = 1; p < statementStart.length; p++) {
            statementStart[p] += statementStart[p - 1];
        }
        int[] next = statementStart.clone();
        for (int i = 0; i < paragraphs.length; i++) {
            if (paragraphs[i] > 0) {
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
        return Checks.idNumber(id, "f");
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
            Fact fact = facts.get(statementFact[number]);
            KnownTexts k = known;
            String attribute = k == null ? null : k.attributes().get(fact.attribute());
            statement = new GroundedStatement(mentions.get(statementMention[number]), fact,
                    names(factEntities[statementFact[number]]).normal(),
                    attribute != null ? attribute : Normalizer.attribute(fact.attribute()), maxDigits);
            statements[number] = statement; // racy single-check: see the class comment
        }
        return statement;
    }

    /** @return an entity's names, gathered and normalised now if not before */
    private EntityNames names(int entity) {
        EntityNames names = entityNames[entity];
        if (names == null) {
            List<String> texts = new ArrayList<>(8);
            texts.add(entityTexts[entity]);
            for (int i = 0; i < mentionFacts.length; i++) {
                if (mentionFacts[i] >= 0 && factEntities[mentionFacts[i]] == entity) {
                    String alias = mentionAliases[i];
                    if (!containsInstance(texts, alias)) {
                        texts.add(alias);
                    }
                }
            }
            String[] normal = new String[texts.size()];
            for (int i = 0; i < normal.length; i++) {
                normal[i] = Normalizer.strict(texts.get(i));
            }
            names = new EntityNames(List.copyOf(texts), List.of(normal));
            entityNames[entity] = names; // racy single-check: see the class comment
        }
        return names;
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
            EntityNames entity = names(e);
            for (int i = 0; i < entity.texts().size(); i++) {
                names.putIfAbsent(entity.texts().get(i), entity.normal().get(i));
            }
        }
        Map<String, String> attributes = new HashMap<>();
        for (Fact f : facts) {
            attributes.computeIfAbsent(f.attribute(), Normalizer::attribute);
        }
        known = new KnownTexts(names, attributes); // racy single-check: see the class comment
        // Statements made before hold attribute forms of their own: made again, they share these.
        Arrays.fill(statements, null);
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
