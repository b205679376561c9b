package io.dacr.backends.openai;

import io.dacr.api.LlmException;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.backends.openai.internal.Settings;
import io.dacr.backends.openai.internal.Wire;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/** One model behind one OpenAI-compatible endpoint; see {@link OpenAiCompatibleProvider}. */
final class OpenAiCompatibleBackend implements LlmBackend {

    private static final double JITTER = 0.2;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final LlmConfig config;
    private final Settings settings;
    private final String apiKey;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;
    private final ExecutorService executor;
    private final HttpClient client;
    private final AtomicBoolean closed = new AtomicBoolean();

    OpenAiCompatibleBackend(LlmConfig config, Settings settings, String apiKey, Sleeper sleeper, Clock clock,
                            DoubleSupplier jitter) {
        this.config = config;
        this.settings = settings;
        this.apiKey = apiKey;
        this.sleeper = sleeper;
        this.clock = clock;
        this.jitter = jitter;
        int n = CLIENTS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        // Daemon threads of our own, so close() can release them (JDK 17's HttpClient has no close()).
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dacr-openai-" + n + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).executor(executor)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String modelId() {
        return config.model();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Checks.notNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("the back end is closed");
        }
        HttpRequest http = httpRequest(Wire.requestBody(config, request, settings.stream()));
        for (int attempt = 0; ; attempt++) {
            Exchange exchange = null;
            LlmException failure;
            try {
                exchange = send(http);
                if (exchange.status() == 200) {
                    return settings.stream() ? Wire.stream(exchange.body(), config.model())
                            : Wire.response(exchange.body(), config.model());
                }
                failure = Wire.statusError(exchange.status(), exchange.body());
            } catch (LlmException e) {
                failure = e;
            }
            if (!failure.retriable() || attempt >= settings.maxRetries()) {
                throw failure;
            }
            Duration delay = delay(attempt, failure, exchange);
            if (delay == null) {
                throw failure;
            }
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException(LlmException.Kind.TRANSPORT, 0, "interrupted while waiting to retry", e);
            }
        }
    }

    /** The wait before retry {@code attempt + 1}, or null if the server asks for longer than is honoured. */
    private Duration delay(int attempt, LlmException failure, Exchange exchange) {
        if (failure.kind() == LlmException.Kind.RATE_LIMITED && exchange != null) {
            Duration asked = Wire.retryAfter(exchange.retryAfter(), clock.instant());
            if (asked != null) {
                return asked.compareTo(settings.maxRetryAfter()) <= 0 ? asked : null;
            }
        }
        long base = settings.initialBackoff().toMillis();
        long max = settings.maxBackoff().toMillis();
        long delay = base;
        for (int i = 0; i < attempt && delay < max; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, max);
        double factor = 1 - JITTER + 2 * JITTER * jitter.getAsDouble();
        return Duration.ofMillis(Math.round(delay * factor));
    }

    private HttpRequest httpRequest(String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(settings.endpoint())
                .header("Content-Type", "application/json")
                .header("Accept", settings.stream() ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        return b.build();
    }

    /** Status, body and Retry-After of one exchange, bounded as a whole by the read timeout. */
    private record Exchange(int status, String body, String retryAfter) {
    }

    private Exchange send(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = future.get(config.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
            return new Exchange(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new LlmException(LlmException.Kind.TIMEOUT, 0,
                    "no complete reply within " + config.readTimeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.TRANSPORT, 0, "interrupted while waiting for the reply", e);
        } catch (ExecutionException e) {
            throw transportError(e.getCause());
        }
    }

    private LlmException transportError(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new LlmException(LlmException.Kind.TIMEOUT, 0, "no connection to " + settings.endpoint()
                    + " within " + config.connectTimeout().toMillis() + " ms", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new LlmException(LlmException.Kind.TIMEOUT, 0, "timed out: " + cause.getMessage(), cause);
        }
        if (cause instanceof ConnectException) {
            return new LlmException(LlmException.Kind.TRANSPORT, 0, "cannot connect to " + settings.endpoint(), cause);
        }
        if (cause instanceof IOException) {
            return new LlmException(LlmException.Kind.TRANSPORT, 0, "connection failed: " + cause, cause);
        }
        return new LlmException(LlmException.Kind.TRANSPORT, 0, "request failed: " + cause, cause);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            executor.shutdownNow();
        }
    }
}
