/** Implementation of {@link io.dacr.core.bench}; not API. */
package io.dacr.core.bench.internal;
