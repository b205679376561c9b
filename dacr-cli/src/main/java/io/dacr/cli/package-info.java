/**
 * The {@code dacr} command line. {@link io.dacr.cli.Main} is the only public type; the commands are in
 * {@code io.dacr.cli.internal} and are not API.
 *
 * <pre>
 * java -jar dacr-cli/target/dacr.jar plugins --json
 * </pre>
 */
package io.dacr.cli;
