/** Questions, gold answers and gold reasoning chains, with the generation checks. Not API. */
package io.dacr.generator.internal.question;
