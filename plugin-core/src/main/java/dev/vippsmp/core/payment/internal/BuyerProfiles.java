package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.userinfo.UserinfoApi;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.spi.BuyerDetails;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buyer's details for an Express or profile-sharing payment that the vendor has authorized: what the payment
 * carries ({@code userDetails}, and for Express the delivery), with Userinfo by the payment's {@code sub} filling in
 * whatever the flow asked for and the payment lacks. The vendor adds the {@code sub} a moment after authorization,
 * may send a {@code sub} without {@code userDetails}, and Userinfo can be briefly unavailable; so a read may say it
 * is still waiting, and the caller decides how long to wait.
 */
final class BuyerProfiles {

    private static final Logger log = LoggerFactory.getLogger(BuyerProfiles.class);

    private final UserinfoApi userinfo;

    BuyerProfiles(UserinfoApi userinfo) {
        this.userinfo = userinfo;
    }

    /**
     * @param buyer what is known of the buyer so far; fields not (yet) shared are null
     * @param waitingFor what a later read may still bring, or null when this is all there will be
     */
    record Read(BuyerDetails buyer, String waitingFor) {

        boolean settled() {
            return waitingFor == null;
        }
    }

    Read read(PaymentFlow flow, PaymentDetails details) {
        BuyerDetails shared = BuyerMapper.fromPayment(details);
        List<String> missing = missing(shared, flow);
        if (missing.isEmpty()) {
            return new Read(shared, null);
        }
        if (details.sub() == null) {
            return new Read(shared, "the sub to read " + String.join(", ", missing) + " from Userinfo");
        }
        try {
            // Whatever Userinfo answers is all the buyer shared: a claim it lacks will not come later.
            return new Read(BuyerMapper.withUserinfo(shared, userinfo.get(details.sub()), asksForAddress(flow)),
                    null);
        } catch (VippsApiException e) {
            if (e.isRetryable()) {
                return new Read(shared, "Userinfo, which could not be read (" + e.getMessage() + ")");
            }
            // Refused for good (an unknown sub, a consent that has expired): waiting would not bring the details.
            log.warn("Userinfo for payment {} was refused ({}); the order goes without the buyer's {}",
                    details.reference(), e.getMessage(), String.join(", ", missing));
            return new Read(shared, null);
        }
    }

    /**
     * The claims the flow asked for that the buyer's details lack: name, email and phone, and the address when asked
     * for (for Express it normally comes with the delivery).
     */
    static List<String> missing(BuyerDetails buyer, PaymentFlow flow) {
        List<String> missing = new ArrayList<>();
        if (buyer.givenName() == null || buyer.familyName() == null) {
            missing.add("name");
        }
        if (buyer.email() == null) {
            missing.add("email");
        }
        if (buyer.phoneNumber() == null) {
            missing.add("phoneNumber");
        }
        if (asksForAddress(flow) && buyer.address() == null) {
            missing.add("address");
        }
        return missing;
    }

    /** Express and profile sharing with the address ask for the address claim; profile sharing alone does not. */
    static boolean asksForAddress(PaymentFlow flow) {
        return flow == PaymentFlow.EXPRESS || flow == PaymentFlow.PROFILE_WITH_ADDRESS;
    }
}
