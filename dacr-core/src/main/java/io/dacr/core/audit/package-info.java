/**
 * The quality audit: proves that a generator's challenges need reading. See {@link
 * io.dacr.core.audit.QualityAudit}; the report's JSON is {@code {"challenges", "solvers", "traps",
 * "diversity"}}.
 *
 * <pre>{@code
 * AuditReport report = QualityAudit.builder().generator(generator).domains(providers).build()
 *         .run(List.of("corporate-finance", "insurance-law"), 300, secret);
 * }</pre>
 */
package io.dacr.core.audit;
