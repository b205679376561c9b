/** Schema migrations of the PostgreSQL ledger. Not API. */
package io.dacr.ledger.postgres.internal;
