/**
 * Classes that break, or keep, the architecture rules on purpose, so {@code ArchitectureRulesTest} can
 * show each rule fails. They are test classes: the architecture test itself never imports them.
 */
package io.dacr.cli.archfixture;
