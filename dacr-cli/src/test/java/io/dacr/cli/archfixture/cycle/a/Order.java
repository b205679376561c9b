package io.dacr.cli.archfixture.cycle.a;

import io.dacr.cli.archfixture.cycle.b.Invoice;

/** Fixture: half of a package cycle ({@code a -> b -> a}) that the cycle rule must reject. */
public final class Order {

    /** @return the invoice of this order */
    public Invoice invoice() {
        return new Invoice(this);
    }
}
