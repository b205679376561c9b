/**
 * The commands of {@code dacr} (picocli) and their wiring. Not API: may change without notice.
 */
package io.dacr.cli.internal;
