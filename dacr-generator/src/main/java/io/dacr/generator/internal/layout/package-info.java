/** Traps and the document layout: which sentence states what, where, under which name and surface form; the grounding index. Not API. */
package io.dacr.generator.internal.layout;
