/**
 * Implementation of stateless verification: the cached key regeneration behind
 * {@link io.dacr.core.verify.stateless.StatelessVerifier}. Not API: may change in any release.
 */
package io.dacr.core.verify.stateless.internal;
