package dev.vippsmp.core.settings;

/** The name the shopper sees: Vipps in Norway, MobilePay in Denmark and Finland. */
public enum Brand {
    VIPPS("Vipps"), MOBILEPAY("MobilePay");

    private final String displayName;

    Brand(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
