package dev.vippsmp.simulator.landing;

import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.epayment.ShippingAddress;
import dev.vippsmp.simulator.epayment.ShippingGroup;
import java.util.List;

/** How far a customer has come on the landing page with one payment. Guarded by its own monitor. */
final class LandingSession {

    TestUser user;
    Boolean consented;
    ShippingAddress address;
    List<ShippingGroup> groups;
    String optionId;
    /** A message for the next page: a declined card, an address the shop cannot ship to. */
    String message;

    synchronized String takeMessage() {
        String text = message;
        message = null;
        return text;
    }
}
