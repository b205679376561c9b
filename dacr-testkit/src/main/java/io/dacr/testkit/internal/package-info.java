/**
 * What the TCK classes use to check providers: strict JSON reading, the domain-pack schema and the
 * rules of the domain-pack format beyond it. Not API: anything here may change in any release.
 */
package io.dacr.testkit.internal;
