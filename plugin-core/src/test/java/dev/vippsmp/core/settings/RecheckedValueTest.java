package dev.vippsmp.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A value is trusted for its interval, handed to its reader after it, and a forget beats a read that began first. */
class RecheckedValueTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();
    private final List<String> handedToReader = new ArrayList<>();

    private RecheckedValue<String> value(Duration interval, AtomicReference<String> source) {
        return new RecheckedValue<>(clock, interval, kept -> {
            reads.incrementAndGet();
            handedToReader.add(kept);
            return source.get().equals(kept) ? kept : source.get();
        });
    }

    @Test
    void withinTheIntervalTheKeptValueIsUsedAndAfterItTheReaderGetsItToConfirm() {
        AtomicReference<String> source = new AtomicReference<>("v1");
        RecheckedValue<String> value = value(Duration.ofSeconds(1), source);

        assertThat(value.get()).isEqualTo("v1");
        source.set("v2");
        clock.advance(Duration.ofMillis(999));
        assertThat(value.get()).isEqualTo("v1");
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(value.get()).isEqualTo("v2");
        assertThat(handedToReader).containsExactly(null, "v1");
        assertThat(value.get()).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aZeroIntervalReadsOnEveryUse() {
        RecheckedValue<String> value = value(Duration.ZERO, new AtomicReference<>("v1"));

        value.get();
        value.get();
        value.get();

        assertThat(reads).hasValue(3);
    }

    @Test
    void forgettingMakesTheNextUseReadWithNothingKept() {
        AtomicReference<String> source = new AtomicReference<>("v1");
        RecheckedValue<String> value = value(Duration.ofMinutes(1), source);
        value.get();
        source.set("v2");

        value.forget();

        assertThat(value.get()).isEqualTo("v2");
        assertThat(handedToReader).containsExactly(null, null);
    }

    @Test
    void aReadThatBeganBeforeAForgetIsNotKept() {
        AtomicReference<String> source = new AtomicReference<>("old");
        AtomicReference<RecheckedValue<String>> self = new AtomicReference<>();
        AtomicInteger calls = new AtomicInteger();
        RecheckedValue<String> value = new RecheckedValue<>(clock, Duration.ofMinutes(1), kept -> {
            String read = source.get();
            if (calls.incrementAndGet() == 1) {
                // A save on this node commits while this read is under way.
                source.set("saved");
                self.get().forget();
            }
            return read;
        });
        self.set(value);

        assertThat(value.get()).as("the racing read answers its own caller").isEqualTo("old");
        assertThat(value.get()).isEqualTo("saved");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThatThrownBy(() -> new RecheckedValue<>(clock, Duration.ofSeconds(-1), kept -> "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
