/**
 * The shipped LLM back end: {@link io.dacr.backends.openai.OpenAiCompatibleProvider} ({@code openai}),
 * registered in {@code META-INF/services/io.dacr.api.spi.LlmProvider}, speaking the OpenAI-compatible
 * chat-completions protocol (vLLM, Ollama, llama.cpp's server, hosted APIs).
 *
 * <pre>{@code
 * LlmConfig config = LlmConfig.builder(URI.create("http://127.0.0.1:8000/v1"), "Qwen/Qwen2.5-7B-Instruct")
 *         .apiKeyEnvironmentVariable("OPENAI_API_KEY")
 *         .option("max_retries", "5")
 *         .build();
 * try (LlmBackend model = PluginRegistry.discover().llm("openai").create(config)) {
 *     ChatResponse reply = model.chat(new ChatRequest(List.of(ChatMessage.user("Say ready."))));
 * }
 * }</pre>
 */
package io.dacr.backends.openai;
