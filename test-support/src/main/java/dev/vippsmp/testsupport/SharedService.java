package dev.vippsmp.testsupport;

import java.util.function.Supplier;

/**
 * A service that a whole test JVM shares: started by the first test that asks for it and closed when the JVM exits.
 * One instance per JVM keeps the Spring test contexts that point at it equal, so Spring's context cache reuses them
 * instead of starting a new context (and a new service) per test class.
 *
 * @param <T> the service
 */
public final class SharedService<T extends AutoCloseable> {

    private final Supplier<T> start;
    private T service;

    public SharedService(Supplier<T> start) {
        this.start = start;
    }

    public synchronized T get() {
        if (service == null) {
            T started = start.get();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
            service = started;
        }
        return service;
    }

    private static void close(AutoCloseable service) {
        try {
            service.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
