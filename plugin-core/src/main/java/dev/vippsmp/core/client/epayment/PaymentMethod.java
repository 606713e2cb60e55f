package dev.vippsmp.core.client.epayment;

/** {@code WALLET} (the app) or {@code CARD}; {@code cardBin} is only in answers. */
public record PaymentMethod(String type, String cardBin) {

    public static final String WALLET = "WALLET";

    public static PaymentMethod wallet() {
        return new PaymentMethod(WALLET, null);
    }
}
