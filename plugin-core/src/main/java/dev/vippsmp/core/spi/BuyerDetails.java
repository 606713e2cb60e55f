package dev.vippsmp.core.spi;

/**
 * The buyer as shared through the app. Fields the buyer did not share are null.
 *
 * @param shipping the delivery chosen in the app (Express), or null
 */
public record BuyerDetails(String givenName, String familyName, String email, String phoneNumber,
        Address address, ChosenShipping shipping) {

    /** The delivery the buyer chose; its cost is already in the authorized amount. */
    public record ChosenShipping(String optionId, String name, long costMinor) {
    }
}
