package dev.vippsmp.simulator.config;

import java.time.LocalDate;
import java.util.List;

/** The documented merchants and users, used when the configuration names none. Tools and tests rely on them. */
final class Defaults {

    static final List<SalesUnit> SALES_UNITS = List.of(
            new SalesUnit("123456", "Demo Shop Norge", "sim-client-id", "sim-client-secret",
                    "sim-subscription-key", Market.NO, true),
            new SalesUnit("654321", "Demo Shop Danmark", "sim-dk-client-id", "sim-dk-client-secret",
                    "sim-dk-subscription-key", Market.DK, true),
            new SalesUnit("765432", "Demo Shop Suomi", "sim-fi-client-id", "sim-fi-client-secret",
                    "sim-fi-subscription-key", Market.FI, true),
            new SalesUnit("112233", "Demo Shop Norge uten Express", "sim-noexpress-client-id",
                    "sim-noexpress-client-secret", "sim-noexpress-subscription-key", Market.NO, false));

    static final List<TestUser> USERS = List.of(
            new TestUser("4791234567", "Kari", "Nordmann", "kari.nordmann@example.com", true,
                    LocalDate.of(1985, 4, 12), "12048512345",
                    List.of(new UserAddress("home", "Robert Levins gate 5", null, "0154", "Oslo", "NO"))),
            new TestUser("4798765432", "Ola", "Nordmann", "ola.nordmann@example.com", true,
                    LocalDate.of(1979, 11, 2), "02117912345",
                    List.of(new UserAddress("home", "Storgata 1", "Leilighet H0301", "0155", "Oslo", "NO"),
                            new UserAddress("work", "Bryggen 3", null, "5003", "Bergen", "NO"),
                            new UserAddress("other", "Munkegata 10", null, "7011", "Trondheim", "NO"))),
            new TestUser("4791111111", "Ingrid", "Berg", "ingrid.berg@example.com", false,
                    LocalDate.of(1992, 7, 30), "30079212345",
                    List.of(new UserAddress("home", "Kongens gate 2", null, "7011", "Trondheim", "NO"))),
            new TestUser("4512345678", "Mette", "Hansen", "mette.hansen@example.dk", true,
                    LocalDate.of(1988, 2, 23), "23028812345",
                    List.of(new UserAddress("home", "Vesterbrogade 1", null, "1620", "København V", "DK"))),
            new TestUser("358401234567", "Matti", "Virtanen", "matti.virtanen@example.fi", true,
                    LocalDate.of(1990, 9, 15), "15099012345",
                    List.of(new UserAddress("home", "Mannerheimintie 1", null, "00100", "Helsinki", "FI"))));

    private Defaults() {
    }
}
