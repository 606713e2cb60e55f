package dev.vippsmp.simulator.journal;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The requests the simulator sent, newest last, at most {@code simulator.journal.capacity} of them. */
@Component
public class OutboundLog implements Resettable {

    private final BoundedLog<OutboundEntry> log;

    OutboundLog(SimulatorProperties properties) {
        this.log = new BoundedLog<>(properties.journal().capacity(), OutboundEntry::id);
    }

    public long nextId() {
        return log.nextId();
    }

    public void add(OutboundEntry entry) {
        log.add(entry);
    }

    public List<OutboundEntry> find(Predicate<OutboundEntry> filter, int limit) {
        return log.find(filter, limit);
    }

    /** Headers as they may be shown: secrets masked. */
    public static Map<String, List<String>> masked(Map<String, List<String>> headers) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        headers.forEach((name, values) -> shown.put(name,
                values.stream().map(value -> SecretMasking.header(name, value)).toList()));
        return shown;
    }

    @Override
    public void reset() {
        log.clear();
    }
}
