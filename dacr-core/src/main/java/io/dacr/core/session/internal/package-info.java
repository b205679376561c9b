/** Implementation of attempt sessions: feedback texts, trap matching and JSON Lines file handling. */
package io.dacr.core.session.internal;
