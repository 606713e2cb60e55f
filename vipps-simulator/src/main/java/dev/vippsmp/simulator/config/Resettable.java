package dev.vippsmp.simulator.config;

/** State that {@code POST /simulator/reset} clears, so that each test starts from an empty simulator. */
public interface Resettable {

    void reset();
}
