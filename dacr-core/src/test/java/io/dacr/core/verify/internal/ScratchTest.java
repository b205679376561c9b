package io.dacr.core.verify.internal;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A thread's verification buffers are reused, but never by two verifications at once. */
class ScratchTest {

    @Test
    void aThreadGetsItsBuffersBackAfterReleasingThem() {
        Scratch first = Scratch.acquire();
        first.release();
        Scratch second = Scratch.acquire();
        second.release();
        assertSame(first, second);
    }

    @Test
    void aVerificationStartedInsideAnotherWorksInFreshBuffers() {
        Scratch outer = Scratch.acquire();
        Scratch inner = Scratch.acquire();
        inner.release();
        outer.release();
        assertNotSame(outer, inner);
    }

    @Test
    void anotherThreadHasItsOwnBuffers() throws InterruptedException {
        Scratch mine = Scratch.acquire();
        mine.release();
        Scratch[] theirs = new Scratch[1];
        Thread other = new Thread(() -> {
            theirs[0] = Scratch.acquire();
            theirs[0].release();
        });
        other.start();
        other.join();
        assertNotSame(mine, theirs[0]);
    }
}
