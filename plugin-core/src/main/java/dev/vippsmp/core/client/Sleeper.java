package dev.vippsmp.core.client;

import java.time.Duration;

/** Waits between retries. Tests put in one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
