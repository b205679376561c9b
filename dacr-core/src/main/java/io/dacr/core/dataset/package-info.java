/**
 * Training and evaluation datasets from DACR's attempts and challenges: SFT, DPO, RL (TRL and verl),
 * raw attempt records with trap classification, and DACR-Bench files. JSONL rows load with Hugging
 * Face {@code datasets} ({@code load_dataset("json", data_files=...)}); verl reads Parquet, one
 * pandas line away (see {@code docs/datasets.md}).
 *
 * <pre>{@code
 * DatasetExporter exporter = DatasetExporter.builder(PromptRenderer.of("v1", myPrompt), catalog).build();
 * exporter.exportChallenges(ExportFormat.VERL, writer);
 * }</pre>
 */
package io.dacr.core.dataset;
