package dev.vippsmp.core.settings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The single row of saved settings. A null column means "not saved; use the configuration's value". */
@Entity
@Table(name = "vipps_settings")
public class SettingsEntity {

    public static final int ROW_ID = 1;

    @Id
    private Integer id = ROW_ID;
    @Version
    private long version;
    private Boolean enabled;
    private String market;
    private String environment;
    @Column(name = "test_msn")
    private String testMsn;
    private String testClientId;
    private String testClientSecretEnc;
    private String testSubscriptionKeyEnc;
    @Column(name = "production_msn")
    private String productionMsn;
    private String productionClientId;
    private String productionClientSecretEnc;
    private String productionSubscriptionKeyEnc;
    private String baseUrl;
    private String referencePrefix;
    private String capturePolicy;
    private String orderStatusAfterApproval;
    private Boolean expressCart;
    private String expressProductPages;
    private Boolean expressAlwaysAddress;
    private String shippingMode;
    private Boolean receipts;
    private String systemName;
    private String systemVersion;
    private String pluginName;
    private String pluginVersion;
    private Instant updatedAt;
    private String updatedBy;

    public long getVersion() { return version; }
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
    public String getMarket() { return market; }
    public void setMarket(String market) { this.market = market; }
    public String getEnvironment() { return environment; }
    public void setEnvironment(String environment) { this.environment = environment; }
    public String getTestMsn() { return testMsn; }
    public void setTestMsn(String testMsn) { this.testMsn = testMsn; }
    public String getTestClientId() { return testClientId; }
    public void setTestClientId(String testClientId) { this.testClientId = testClientId; }
    public String getTestClientSecretEnc() { return testClientSecretEnc; }
    public void setTestClientSecretEnc(String value) { this.testClientSecretEnc = value; }
    public String getTestSubscriptionKeyEnc() { return testSubscriptionKeyEnc; }
    public void setTestSubscriptionKeyEnc(String value) { this.testSubscriptionKeyEnc = value; }
    public String getProductionMsn() { return productionMsn; }
    public void setProductionMsn(String productionMsn) { this.productionMsn = productionMsn; }
    public String getProductionClientId() { return productionClientId; }
    public void setProductionClientId(String productionClientId) { this.productionClientId = productionClientId; }
    public String getProductionClientSecretEnc() { return productionClientSecretEnc; }
    public void setProductionClientSecretEnc(String value) { this.productionClientSecretEnc = value; }
    public String getProductionSubscriptionKeyEnc() { return productionSubscriptionKeyEnc; }
    public void setProductionSubscriptionKeyEnc(String value) { this.productionSubscriptionKeyEnc = value; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getReferencePrefix() { return referencePrefix; }
    public void setReferencePrefix(String referencePrefix) { this.referencePrefix = referencePrefix; }
    public String getOrderStatusAfterApproval() { return orderStatusAfterApproval; }
    public void setOrderStatusAfterApproval(String value) { this.orderStatusAfterApproval = value; }
    public String getCapturePolicy() { return capturePolicy; }
    public void setCapturePolicy(String capturePolicy) { this.capturePolicy = capturePolicy; }
    public Boolean getExpressCart() { return expressCart; }
    public void setExpressCart(Boolean expressCart) { this.expressCart = expressCart; }
    public String getExpressProductPages() { return expressProductPages; }
    public void setExpressProductPages(String value) { this.expressProductPages = value; }
    public Boolean getExpressAlwaysAddress() { return expressAlwaysAddress; }
    public void setExpressAlwaysAddress(Boolean value) { this.expressAlwaysAddress = value; }
    public String getShippingMode() { return shippingMode; }
    public void setShippingMode(String shippingMode) { this.shippingMode = shippingMode; }
    public Boolean getReceipts() { return receipts; }
    public void setReceipts(Boolean receipts) { this.receipts = receipts; }
    public String getSystemName() { return systemName; }
    public void setSystemName(String systemName) { this.systemName = systemName; }
    public String getSystemVersion() { return systemVersion; }
    public void setSystemVersion(String systemVersion) { this.systemVersion = systemVersion; }
    public String getPluginName() { return pluginName; }
    public void setPluginName(String pluginName) { this.pluginName = pluginName; }
    public String getPluginVersion() { return pluginVersion; }
    public void setPluginVersion(String pluginVersion) { this.pluginVersion = pluginVersion; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
