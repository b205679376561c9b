package io.dacr.core.dataset;

/**
 * What an export did.
 *
 * @param format the format written
 * @param read records (or challenges) read
 * @param written rows written
 * @param filteredOut records the filter dropped
 */
public record ExportSummary(ExportFormat format, long read, long written, long filteredOut) {
}
