/** Implementation of the OpenAI-compatible back end: settings, the wire format (JSON and SSE), status mapping. */
package io.dacr.backends.openai.internal;
