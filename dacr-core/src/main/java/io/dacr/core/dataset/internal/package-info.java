/** Implementation of {@link io.dacr.core.dataset}; not API. */
package io.dacr.core.dataset.internal;
