package dev.vippsmp.core.settings;

/**
 * A rule a settings value can break. The core decides whether a value breaks one and says which (with the field
 * and the rule's arguments in a {@link SettingsProblem}); the admin pages turn the rule into a text in the admin's
 * language. {@link #code()} is stable, for message keys and anything stored or sent.
 */
public enum SettingsRule {

    /** A {@code Vipps-System-*} value is empty. */
    HEADER_BLANK("header.blank"),
    /** A {@code Vipps-System-*} value is too long. Arguments: the most characters allowed, the characters given. */
    HEADER_TOO_LONG("header.too-long"),
    /** A {@code Vipps-System-*} value has a character that is not printable ASCII. */
    HEADER_NOT_ASCII("header.not-ascii"),
    /** A {@code Vipps-System-*} value starts or ends with a space. */
    HEADER_SPACES("header.spaces"),
    /** A merchant serial number is not 4 to 6 digits. Arguments: the fewest and the most digits. */
    MERCHANT_SERIAL_NUMBER("merchant-serial-number"),
    /** A client id is empty, too long, or has a space or a character outside printable ASCII. Argument: most. */
    CLIENT_ID("client-id"),
    /**
     * A client secret or subscription key is too long or has a space or a character outside printable ASCII.
     * Argument: the most characters allowed. A text for it must never repeat the value.
     */
    SECRET("secret"),
    /** A payment reference prefix has more than letters, digits and '-', or too many. Argument: the most. */
    REFERENCE_PREFIX("reference-prefix"),
    /** A base URL is not an absolute http or https URL with a host. */
    BASE_URL_NOT_WEB("base-url.not-web"),
    /** A base URL is plain http to another machine than this one ({@link BaseUrlPolicy}). */
    BASE_URL_PLAIN_HTTP("base-url.plain-http"),
    /** A base URL is longer than can be stored. Argument: the most characters allowed. */
    BASE_URL_TOO_LONG("base-url.too-long");

    private final String code;

    SettingsRule(String code) {
        this.code = code;
    }

    /** The rule's stable name, such as {@code header.too-long}. */
    public String code() {
        return code;
    }
}
