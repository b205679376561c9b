/** The oracle submission: answers, artifact and trace built from the key. Not API. */
package io.dacr.generator.internal.oracle;
