package dev.vippsmp.core.settings;

/** When money reserved at authorization is captured. */
public enum CapturePolicy {
    /** The shop or an admin captures when the goods are delivered (the vendor's rule for shipped goods). */
    MANUAL,
    /** Captured as soon as the payment is authorized. */
    ON_AUTHORIZATION,
    /** Captured at authorization when nothing in the order ships (digital goods); otherwise manually. */
    WHEN_NOTHING_SHIPS
}
