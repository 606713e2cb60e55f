package dev.vippsmp.simulator.journal;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The requests received, newest last, at most {@code simulator.journal.capacity} of them. */
@Component
public class Journal implements Resettable {

    private final BoundedLog<JournalEntry> log;

    Journal(SimulatorProperties properties) {
        this.log = new BoundedLog<>(properties.journal().capacity(), JournalEntry::id);
    }

    long nextId() {
        return log.nextId();
    }

    void add(JournalEntry entry) {
        log.add(entry);
    }

    public List<JournalEntry> find(Predicate<JournalEntry> filter, int limit) {
        return log.find(filter, limit);
    }

    @Override
    public void reset() {
        log.clear();
    }
}
