package io.dacr.backends.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the delays a back end schedules and returns at once: delays are asserted, never waited for. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        delays.add(duration);
    }

    synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }
}
