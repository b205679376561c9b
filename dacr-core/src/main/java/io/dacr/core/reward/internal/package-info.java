/** Implementation of {@link io.dacr.core.reward}; not API. */
package io.dacr.core.reward.internal;
