package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TolerancePropertiesTest {

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(4);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(4);
    }

    @Property
    void anAbsoluteToleranceAcceptsBothEndsOfItsInterval(@ForAll("values") BigDecimal gold,
                                                         @ForAll("amounts") BigDecimal amount) {
        Tolerance tolerance = new Tolerance(Tolerance.Kind.ABSOLUTE, amount);

        assertTrue(tolerance.accepts(gold, gold.add(amount)));
        assertTrue(tolerance.accepts(gold, gold.subtract(amount)));
    }

    @Property
    void aToleranceIsSymmetricAroundTheGold(@ForAll("values") BigDecimal gold, @ForAll("values") BigDecimal offset,
                                            @ForAll("amounts") BigDecimal amount) {
        for (Tolerance.Kind kind : Tolerance.Kind.values()) {
            Tolerance tolerance = new Tolerance(kind, amount);

            assertEquals(tolerance.accepts(gold, gold.add(offset)), tolerance.accepts(gold, gold.subtract(offset)));
        }
    }

    @Property
    void theGoldValueItselfIsAlwaysAccepted(@ForAll("values") BigDecimal gold, @ForAll("amounts") BigDecimal amount) {
        for (Tolerance.Kind kind : Tolerance.Kind.values()) {
            assertTrue(new Tolerance(kind, amount).accepts(gold, gold));
        }
    }
}
