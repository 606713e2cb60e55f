package dev.vippsmp.demoshop.market;

/** What shoppers call the Vipps MobilePay wallet in a market. */
public enum WalletBrand {
    VIPPS("Vipps"),
    MOBILEPAY("MobilePay");

    private final String displayName;

    WalletBrand(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
