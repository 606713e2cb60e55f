package dev.vippsmp.admin.settings;

import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.Market;
import dev.vippsmp.core.settings.OrderStatusAfterApproval;
import dev.vippsmp.core.settings.ProductPageButtons;
import dev.vippsmp.core.settings.ShippingMode;

/**
 * The settings page's form, grouped as the page is: general, express checkout, API keys, system headers. Secrets
 * are never sent to the browser: their fields hold {@link #MASK} when a secret is saved, and a mask that comes back
 * untouched keeps the saved secret.
 */
public class SettingsForm {

    /** What a saved secret's field shows. Not printable ASCII, so it can never be a real key. */
    public static final String MASK = "\u2022".repeat(8);

    private long version;
    private boolean enabled;
    private Market market;
    private OrderStatusAfterApproval orderStatusAfterApproval;
    private String referencePrefix = "";
    private CapturePolicy capturePolicy;
    private boolean receipts;
    private boolean expressCart;
    private ProductPageButtons expressProductPages;
    private boolean expressAlwaysAskForAddress;
    private ShippingMode shippingMode;
    private ApiEnvironment environment;
    private KeysForm test = new KeysForm();
    private KeysForm production = new KeysForm();
    private String baseUrl = "";
    private String systemName = "";
    private String systemVersion = "";
    private String pluginName = "";
    private String pluginVersion = "";

    /** The key set of the chosen environment. */
    public KeysForm activeKeys() {
        return environment == ApiEnvironment.PRODUCTION ? production : test;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Market getMarket() {
        return market;
    }

    public void setMarket(Market market) {
        this.market = market;
    }

    public OrderStatusAfterApproval getOrderStatusAfterApproval() {
        return orderStatusAfterApproval;
    }

    public void setOrderStatusAfterApproval(OrderStatusAfterApproval orderStatusAfterApproval) {
        this.orderStatusAfterApproval = orderStatusAfterApproval;
    }

    public String getReferencePrefix() {
        return referencePrefix;
    }

    public void setReferencePrefix(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    public CapturePolicy getCapturePolicy() {
        return capturePolicy;
    }

    public void setCapturePolicy(CapturePolicy capturePolicy) {
        this.capturePolicy = capturePolicy;
    }

    public boolean isReceipts() {
        return receipts;
    }

    public void setReceipts(boolean receipts) {
        this.receipts = receipts;
    }

    public boolean isExpressCart() {
        return expressCart;
    }

    public void setExpressCart(boolean expressCart) {
        this.expressCart = expressCart;
    }

    public ProductPageButtons getExpressProductPages() {
        return expressProductPages;
    }

    public void setExpressProductPages(ProductPageButtons expressProductPages) {
        this.expressProductPages = expressProductPages;
    }

    public boolean isExpressAlwaysAskForAddress() {
        return expressAlwaysAskForAddress;
    }

    public void setExpressAlwaysAskForAddress(boolean expressAlwaysAskForAddress) {
        this.expressAlwaysAskForAddress = expressAlwaysAskForAddress;
    }

    public ShippingMode getShippingMode() {
        return shippingMode;
    }

    public void setShippingMode(ShippingMode shippingMode) {
        this.shippingMode = shippingMode;
    }

    public ApiEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(ApiEnvironment environment) {
        this.environment = environment;
    }

    public KeysForm getTest() {
        return test;
    }

    public void setTest(KeysForm test) {
        this.test = test;
    }

    public KeysForm getProduction() {
        return production;
    }

    public void setProduction(KeysForm production) {
        this.production = production;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = systemName;
    }

    public String getSystemVersion() {
        return systemVersion;
    }

    public void setSystemVersion(String systemVersion) {
        this.systemVersion = systemVersion;
    }

    public String getPluginName() {
        return pluginName;
    }

    public void setPluginName(String pluginName) {
        this.pluginName = pluginName;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public void setPluginVersion(String pluginVersion) {
        this.pluginVersion = pluginVersion;
    }

    @Override
    public String toString() {
        return "SettingsForm[version=" + version + ", environment=" + environment + ", secrets hidden]";
    }
}
