package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.spi.DomainProvider;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The domain TCK passes a correct provider and fails each broken one on the test that names its flaw. */
class DomainProviderTckTest {

    private static ObjectNode attribute(ObjectNode pack, int index) {
        return (ObjectNode) pack.withArray("entityKinds").get(0).withArray("attributes").get(index);
    }

    @TckFixture
    static class Correct extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain();
        }
    }

    @TckFixture
    static class FivePhrasings extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards", pack -> attribute(pack, 0).withArray("phrasings").remove(5));
        }
    }

    @TckFixture
    static class PackIdDiffers extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards", pack -> pack.put("id", "orchard-land"));
        }
    }

    @TckFixture
    static class UpperCaseProviderId extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("Orchards", pack -> { });
        }
    }

    @TckFixture
    static class CyrillicLetterInAVocabularyWord extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards", pack -> attribute(pack, 1).withArray("vocabulary").set(1, "C\u043Ex"));
        }
    }

    @TckFixture
    static class RangeMinAboveMax extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards", pack -> ((ObjectNode) attribute(pack, 0).get("range")).put("min", "500"));
        }
    }

    @TckFixture
    static class PrecisionAsJsonFloat extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards", pack -> attribute(pack, 0).put("precision", new BigDecimal("0.5")));
        }
    }

    @TckFixture
    static class RelationToUndeclaredKind extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards", pack -> ((ObjectNode) pack.withArray("relations").get(0)).put("to", "cidery"));
        }
    }

    @TckFixture
    static class ValuePlaceholderTwice extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards",
                    pack -> attribute(pack, 0).withArray("phrasings").set(0, "{entity} covers {value}, that is {value}."));
        }
    }

    @TckFixture
    static class RepeatedAttributeId extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain("orchards", pack -> attribute(pack, 2).put("id", "variety"));
        }
    }

    @TckFixture
    static class TrailingGarbage extends AbstractDomainProviderTck {
        @Override
        protected DomainProvider provider() {
            return new OrchardsDomain() {
                @Override
                public String packJson() {
                    return super.packJson() + "}";
                }
            };
        }
    }

    @Test
    void aCorrectProviderPassesEveryTest() {
        TckRun run = TckRun.of(Correct.class);

        run.assertFailedExactly();
        assertEquals(14, run.succeeded().size(), () -> "passed: " + run.succeeded());
    }

    @Test
    void anAttributeWithFivePhrasingsFailsThePhrasingAndSchemaTests() {
        TckRun.of(FivePhrasings.class)
                .assertFailedExactly("everyAttributeAndRelationHasAtLeastSixPhrasings", "packMatchesTheDomainPackSchema");
    }

    @Test
    void aPackWhoseIdDiffersFromTheProvidersFailsTheIdEqualityTest() {
        TckRun.of(PackIdDiffers.class).assertFailedExactly("packIdEqualsProviderId");
    }

    @Test
    void anUpperCaseProviderIdFailsTheIdentifierTest() {
        TckRun.of(UpperCaseProviderId.class).assertFailedExactly("idIsALowerCaseIdentifier", "packIdEqualsProviderId");
    }

    @Test
    void aLookAlikeLetterInAVocabularyWordFailsTheScriptRuleTest() {
        TckRun.of(CyrillicLetterInAVocabularyWord.class).assertFailedExactly("everyStringObeysTheScriptRule");
    }

    @Test
    void aRangeWithMinAboveMaxFailsTheRangeTest() {
        TckRun.of(RangeMinAboveMax.class).assertFailedExactly("numberRangesAreOrderedAndOnTheirPrecisionGrid");
    }

    @Test
    void aJsonFloatFailsTheFloatAndSchemaTests() {
        TckRun.of(PrecisionAsJsonFloat.class)
                .assertFailedExactly("numbersAreDecimalStringsNotJsonFloats", "packMatchesTheDomainPackSchema");
    }

    @Test
    void aRelationToAnUndeclaredKindFailsTheReferenceTest() {
        TckRun.of(RelationToUndeclaredKind.class).assertFailedExactly("referencesNameDeclaredKindsAndAttributes");
    }

    @Test
    void aPlaceholderUsedTwiceFailsThePlaceholderTest() {
        TckRun.of(ValuePlaceholderTwice.class).assertFailedExactly("templatesUseKnownPlaceholdersTheRequiredOnesOnce");
    }

    @Test
    void aRepeatedAttributeIdFailsTheUniquenessTest() {
        TckRun.of(RepeatedAttributeId.class).assertFailedExactly("idsAndPlaceNamesAreUnique");
    }

    @Test
    void malformedJsonFailsEveryTestThatReadsThePack() {
        TckRun run = TckRun.of(TrailingGarbage.class);

        assertTrue(run.failed().contains("packIsAWellFormedJsonObject"), () -> "failed: " + run.failed());
        assertEquals(java.util.Set.of("idIsALowerCaseIdentifier", "idIsStable", "descriptionIsOneNonBlankLine",
                "packIsTheSameOnEveryCall"), run.succeeded());
    }
}
