/** The verifier's implementation. Not API: may change without notice. */
package io.dacr.core.verify.internal;
