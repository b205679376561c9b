/** Implementation of the solvers: pack grammars, readers, name resolution, reasoning, artifacts. Not API. */
package io.dacr.core.solve.internal;
