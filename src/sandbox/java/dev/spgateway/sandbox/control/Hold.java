package dev.spgateway.sandbox.control;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds every call of one operation until the test releases it, or at most {@code maxDelay}: a slow Amazon
 * that the test controls, and a latch that tells the test how many calls have arrived and wait.
 */
public final class Hold {

    private final Duration maxDelay;
    private final CountDownLatch released = new CountDownLatch(1);
    private int arrivals;

    Hold(Duration maxDelay) {
        this.maxDelay = maxDelay;
    }

    /** A call arrived: it waits here until the release, or the longest delay is over. */
    void pass() {
        synchronized (this) {
            arrivals++;
            notifyAll();
        }
        try {
            released.await(maxDelay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code count} calls have arrived; fails once {@code timeout} is over. */
    public synchronized void awaitArrivals(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (arrivals < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(arrivals + " of " + count + " held calls arrived within " + timeout);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    public synchronized int arrivals() {
        return arrivals;
    }

    /** Lets every held call, and every later one, go on. */
    public void release() {
        released.countDown();
    }
}
