package dev.vippsmp.simulator.auth;

import dev.vippsmp.simulator.config.SalesUnit;

/**
 * Who made an authenticated API call: the sales unit behind the access token, subscription key and MSN. Controllers
 * read it with {@code @RequestAttribute(Caller.ATTRIBUTE)}.
 */
public record Caller(SalesUnit unit, String subscriptionKey) {

    public static final String ATTRIBUTE = "dev.vippsmp.simulator.caller";

    public String msn() {
        return unit.msn();
    }

    @Override
    public String toString() {
        return "Caller[msn=" + unit.msn() + "]";
    }
}
