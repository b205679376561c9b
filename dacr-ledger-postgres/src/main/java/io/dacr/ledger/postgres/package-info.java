/**
 * An {@link io.dacr.api.reward.EpochLedger} on PostgreSQL for deployments with several coordinator
 * instances: {@link io.dacr.ledger.postgres.PostgresEpochLedger}.
 *
 * <pre>{@code
 * PGSimpleDataSource dataSource = new PGSimpleDataSource();   // or any pool
 * dataSource.setUrl("jdbc:postgresql://db/dacr");
 * try (EpochLedger ledger = PostgresEpochLedger.open(dataSource, hasher)) {
 *     ledger.credit(receipt);
 * }
 * }</pre>
 */
package io.dacr.ledger.postgres;
