/** Domain-pack model and loader: parsing, validation with JSON paths, canonical hash. Not API. */
package io.dacr.generator.internal.pack;
