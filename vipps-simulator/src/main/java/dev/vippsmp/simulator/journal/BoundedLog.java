package dev.vippsmp.simulator.journal;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The newest entries of a log, at most {@code capacity} of them, each with an id from a sequence. */
final class BoundedLog<T> {

    private final Deque<T> entries = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final int capacity;
    private final ToLongFunction<T> id;

    BoundedLog(int capacity, ToLongFunction<T> id) {
        this.capacity = capacity;
        this.id = id;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    synchronized void add(T entry) {
        entries.addLast(entry);
        while (entries.size() > capacity) {
            entries.pollFirst();
        }
    }

    /** Matching entries in the order of their ids, at most {@code limit} of the newest. */
    synchronized List<T> find(Predicate<T> filter, int limit) {
        List<T> matching = entries.stream().filter(filter).sorted(Comparator.comparingLong(id)).toList();
        return matching.subList(Math.max(0, matching.size() - limit), matching.size());
    }

    synchronized void clear() {
        entries.clear();
    }
}
