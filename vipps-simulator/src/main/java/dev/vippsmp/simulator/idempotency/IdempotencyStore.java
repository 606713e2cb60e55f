package dev.vippsmp.simulator.idempotency;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Idempotency as the vendor's: the same {@code Idempotency-Key} with the same body gets the first outcome again
 * (a 4xx stays that 4xx); with another body, 409 and the operation's conflict code. Bodies are compared as JSON, so
 * key order and whitespace do not matter. Answers that say "try again" (401, 403, 423, 429, 5xx) are not kept.
 */
@Component
public class IdempotencyStore implements Resettable {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Runs {@code action} once per key within {@code scope} (the MSN, operation and reference), or replays its first
     * outcome. Without a key the action simply runs.
     */
    public <T> T execute(String scope, String key, JsonNode body, ErrorCode conflict, Supplier<T> action) {
        if (key == null) {
            return action.get();
        }
        String entryKey = scope + "\n" + key;
        Entry fresh = new Entry(body);
        Entry existing = entries.putIfAbsent(entryKey, fresh);
        if (existing != null) {
            return replay(existing, body, key, conflict);
        }
        try {
            T result = action.get();
            fresh.complete(result, null);
            return result;
        } catch (ApiProblem problem) {
            if (isFinal(problem.status())) {
                fresh.complete(null, problem);
            } else {
                entries.remove(entryKey, fresh);
            }
            throw problem;
        } catch (RuntimeException | Error e) {
            entries.remove(entryKey, fresh);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T replay(Entry existing, JsonNode body, String key, ErrorCode conflict) {
        if (!Objects.equals(existing.body, body)) {
            throw ApiProblem.of(conflict, "Idempotency-Key " + key
                    + " was already used with another request body; a retry must repeat the request exactly");
        }
        if (!existing.done) {
            throw ApiProblem.of(ErrorCode.ORDER_PROCESSING,
                    "A request with Idempotency-Key " + key + " is still being processed; retry shortly");
        }
        if (existing.problem != null) {
            throw existing.problem;
        }
        return (T) existing.result;
    }

    private static boolean isFinal(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 423
                && status != 429;
    }

    @Override
    public void reset() {
        entries.clear();
    }

    private static final class Entry {

        private final JsonNode body;
        private volatile Object result;
        private volatile ApiProblem problem;
        private volatile boolean done;

        Entry(JsonNode body) {
            this.body = body;
        }

        void complete(Object result, ApiProblem problem) {
            this.result = result;
            this.problem = problem;
            this.done = true;
        }
    }
}
