/** File durability helpers shared by the ledger journal and the attempt store; not API. */
package io.dacr.core.storage.internal;
