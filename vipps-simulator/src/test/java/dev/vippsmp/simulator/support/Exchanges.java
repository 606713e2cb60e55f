package dev.vippsmp.simulator.support;

import java.util.ArrayList;
import java.util.List;

/** Collects the exchanges of {@link Api} while a test asks it to, for validation against the vendor's specs. */
public final class Exchanges {

    private static List<Exchange> recording;

    private Exchanges() {
    }

    public record Exchange(Api.Call call, Api.Response response) {
    }

    public static synchronized void start() {
        recording = new ArrayList<>();
    }

    public static synchronized List<Exchange> stop() {
        List<Exchange> recorded = recording == null ? List.of() : List.copyOf(recording);
        recording = null;
        return recorded;
    }

    static synchronized void record(Api.Call call, Api.Response response) {
        if (recording != null) {
            recording.add(new Exchange(call, response));
        }
    }
}
