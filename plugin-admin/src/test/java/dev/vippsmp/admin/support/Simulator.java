package dev.vippsmp.admin.support;

import dev.vippsmp.simulator.VippsSimulator;
import dev.vippsmp.testsupport.SharedService;
import dev.vippsmp.testsupport.SimulatorControl;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The simulator for this test JVM, started once on a random loopback port and shared by every test class (so the
 * Spring contexts pointing at it stay cached), with plain-HTTP URLs allowed and no rate limits, as the admin's
 * tests send many requests quickly; and its control API.
 */
public final class Simulator {

    private static final SharedService<VippsSimulator> SIMULATOR = new SharedService<>(() -> VippsSimulator.start(
            Map.of("simulator.allow-http-urls", "true", "simulator.rate-limits.enabled", "false")));

    private Simulator() {
    }

    public static String baseUrl() {
        return SIMULATOR.get().baseUrl();
    }

    public static SimulatorControl control() {
        return new SimulatorControl(baseUrl());
    }

    /** The id of the newest journal entry, to look only at what comes after. */
    public static long lastJournalId() {
        List<JsonNode> entries = control().journalQuery("limit=1");
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).get("id").asLong();
    }
}
