package io.dacr.core.solve.internal;

/**
 * A sentence that introduces an alias ("In filings, Kelmar Holdings abbreviates its name to KH.").
 *
 * @param name the entity's full name
 * @param alias the alias introduced
 */
record Introduction(String name, String alias) {
}
