/** Implementation of the miner harness: reply reading, answer voting and the worker pool. */
package io.dacr.core.miner.internal;
