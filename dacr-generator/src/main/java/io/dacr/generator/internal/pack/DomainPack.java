package io.dacr.generator.internal.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * A loaded, validated domain pack: immutable, shared by every generation that uses it.
 *
 * @param id the pack id
 * @param version the pack's own version
 * @param name display name
 * @param hash SHA-256 of the pack's canonical JSON, 64 hex digits
 * @param people name parts of people, or null if the pack has none
 * @param places countries and cities (may be empty)
 * @param kinds the entity kinds; the first is the primary kind questions are mostly about
 * @param relations the relations
 * @param cues the authority cues
 * @param lexicon the prose lexicon
 * @param reservedTexts the literal text of every number surface form with its placeholders blanked
 *     ("US$ billion"), derived from {@code kinds}, longest first: an alias inside one would be misread as
 *     part of a number
 */
public record DomainPack(String id, String version, String name, String hash, People people, List<Place> places,
                         List<EntityKind> kinds, List<Relation> relations, AuthorityCues cues, Lexicon lexicon,
                         List<String> reservedTexts) {

    /**
     * Derives {@code reservedTexts} once per pack rather than once per generated item.
     *
     * @param id the pack id
     * @param version the pack's own version
     * @param name display name
     * @param hash SHA-256 of the pack's canonical JSON
     * @param people name parts of people, or null
     * @param places countries and cities
     * @param kinds the entity kinds
     * @param relations the relations
     * @param cues the authority cues
     * @param lexicon the prose lexicon
     */
    public DomainPack(String id, String version, String name, String hash, People people, List<Place> places,
                      List<EntityKind> kinds, List<Relation> relations, AuthorityCues cues, Lexicon lexicon) {
        this(id, version, name, hash, people, places, kinds, relations, cues, lexicon, reserved(kinds));
    }

    private static List<String> reserved(List<EntityKind> kinds) {
        List<String> out = new ArrayList<>();
        for (EntityKind kind : kinds) {
            for (Attribute a : kind.attributes()) {
                if (a.isNumber()) {
                    for (SurfaceForm f : a.number().surfaceForms()) {
                        out.add(f.pattern().render(p -> " "));
                    }
                }
            }
        }
        // Longest first (stable): an alias longer than the first is inside none of them.
        out.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /**
     * @param kindId a kind id
     * @return the kind, or null
     */
    public EntityKind kind(String kindId) {
        for (EntityKind k : kinds) {
            if (k.id().equals(kindId)) {
                return k;
            }
        }
        return null;
    }

    /**
     * @param city a city name
     * @return its country, or null
     */
    public String countryOf(String city) {
        for (Place p : places) {
            if (p.cities().contains(city)) {
                return p.name();
            }
        }
        return null;
    }
}
