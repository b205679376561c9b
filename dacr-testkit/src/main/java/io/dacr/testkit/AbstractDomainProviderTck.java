package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.spi.DomainProvider;
import io.dacr.testkit.internal.DomainPackChecks;
import io.dacr.testkit.internal.PackJson;
import io.dacr.testkit.internal.PackSchema;
import io.dacr.testkit.internal.ProviderChecks;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit for {@link DomainProvider}s. Extend it in the provider's test sources and
 * implement {@link #provider()}; every test then checks one promise of the SPI or one rule of the
 * domain-pack format (docs/domain-pack-format.md), and a failure names the JSON path at fault.
 *
 * <pre>{@code
 * class MarineInsuranceDomainTest extends AbstractDomainProviderTck {
 *     @Override
 *     protected DomainProvider provider() {
 *         return new MarineInsuranceDomain();
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractDomainProviderTck extends AbstractProviderTck<DomainProvider> {

    /** For subclasses. */
    protected AbstractDomainProviderTck() {
    }


    private JsonNode pack() {
        return PackJson.parse(provider().packJson());
    }




    /** The pack is one well-formed JSON object, without duplicate keys or trailing content. */
    @Test
    public void packIsAWellFormedJsonObject() {
        JsonNode pack = pack();
        assertTrue(pack.isObject(), "the pack must be a JSON object, was " + pack.getNodeType());
    }

    /** The pack is the same text every time, so generation from it is reproducible. */
    @Test
    public void packIsTheSameOnEveryCall() {
        DomainProvider provider = provider();
        assertEquals(provider.packJson(), provider.packJson(), "packJson() must return the same text on every call");
        assertEquals(provider.packJson(), provider().packJson(), "every instance must return the same pack");
    }

    /** The pack's own id is the provider's id. */
    @Test
    public void packIdEqualsProviderId() {
        DomainProvider provider = provider();
        assertEquals(provider.id(), pack().path("id").asText(null), "the pack's id must equal the provider's id");
    }

    /** The pack matches the domain-pack JSON Schema. */
    @Test
    public void packMatchesTheDomainPackSchema() {
        ProviderChecks.noProblems("the pack does not match the domain-pack schema " + PackSchema.RESOURCE,
                PackSchema.problems(pack()));
    }

    /** Decimal values are strings: a JSON float would bring binary floating point into generation. */
    @Test
    public void numbersAreDecimalStringsNotJsonFloats() {
        ProviderChecks.noProblems("the pack has JSON floats", DomainPackChecks.floatProblems(pack()));
    }

    /**
     * Every string obeys the script rule that answer artifacts obey: one line, no control or
     * invisible characters, each word in one script.
     */
    @Test
    public void everyStringObeysTheScriptRule() {
        ProviderChecks.noProblems("strings of the pack break the script rule", DomainPackChecks.scriptProblems(pack()));
    }

    /** Every attribute and relation has at least six distinct phrasings, so documents need reading. */
    @Test
    public void everyAttributeAndRelationHasAtLeastSixPhrasings() {
        ProviderChecks.noProblems("attributes or relations with too few phrasings",
                DomainPackChecks.phrasingCountProblems(pack()));
    }

    /** Templates use only the placeholders of their place, the required ones exactly once. */
    @Test
    public void templatesUseKnownPlaceholdersTheRequiredOnesOnce() {
        ProviderChecks.noProblems("templates with wrong placeholders", DomainPackChecks.placeholderProblems(pack()));
    }

    /** Numeric ranges have min below max on their precision grid, and surface forms that fit. */
    @Test
    public void numberRangesAreOrderedAndOnTheirPrecisionGrid() {
        ProviderChecks.noProblems("numeric ranges that cannot be sampled", DomainPackChecks.rangeProblems(pack()));
    }

    /** Entity kinds and attributes named by other parts of the pack exist. */
    @Test
    public void referencesNameDeclaredKindsAndAttributes() {
        ProviderChecks.noProblems("references to undeclared kinds or attributes", DomainPackChecks.referenceProblems(pack()));
    }

    /** Ids and place names are unique within their scope. */
    @Test
    public void idsAndPlaceNamesAreUnique() {
        ProviderChecks.noProblems("repeated ids or names", DomainPackChecks.uniquenessProblems(pack()));
    }
}
