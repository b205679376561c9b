/** Implementation of the quality audit: per-challenge grading and the tally. Not API. */
package io.dacr.core.audit.internal;
