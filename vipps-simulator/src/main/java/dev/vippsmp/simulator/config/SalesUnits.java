package dev.vippsmp.simulator.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The configured merchants, looked up by the credentials a request carries. */
public final class SalesUnits {

    private final List<SalesUnit> all;
    private final Map<String, SalesUnit> byMsn;
    private final Map<String, SalesUnit> byClientId;
    private final Map<String, SalesUnit> bySubscriptionKey;

    public SalesUnits(List<SalesUnit> configured) {
        this.all = configured == null || configured.isEmpty() ? Defaults.SALES_UNITS : List.copyOf(configured);
        this.byMsn = index(all, SalesUnit::msn, "MSN");
        this.byClientId = index(all, SalesUnit::clientId, "client_id");
        this.bySubscriptionKey = index(all, SalesUnit::subscriptionKey, "subscription key");
    }

    public List<SalesUnit> all() {
        return all;
    }

    public Optional<SalesUnit> byMsn(String msn) {
        return Optional.ofNullable(msn == null ? null : byMsn.get(msn));
    }

    public Optional<SalesUnit> byClientId(String clientId) {
        return Optional.ofNullable(clientId == null ? null : byClientId.get(clientId));
    }

    public Optional<SalesUnit> bySubscriptionKey(String key) {
        return Optional.ofNullable(key == null ? null : bySubscriptionKey.get(key));
    }

    static <T> Map<String, T> index(List<T> items, Function<T, String> key, String what) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T item : items) {
            if (index.putIfAbsent(key.apply(item), item) != null) {
                throw new IllegalStateException("Two simulator entries share the " + what + " " + key.apply(item));
            }
        }
        return Map.copyOf(index);
    }
}
