/** The journal's byte format, recovery, group commit and in-memory state. Not API. */
package io.dacr.core.ledger.internal;
