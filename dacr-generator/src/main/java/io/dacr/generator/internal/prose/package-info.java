/** Prose rendering of a layout. Not API. */
package io.dacr.generator.internal.prose;
