package io.dacr.cli.archfixture.cycle.b;

import io.dacr.cli.archfixture.cycle.a.Order;

/**
 * Fixture: the other half of the package cycle.
 *
 * @param order the order invoiced
 */
public record Invoice(Order order) {
}
