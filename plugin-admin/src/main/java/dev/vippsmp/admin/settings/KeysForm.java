package dev.vippsmp.admin.settings;

/** One environment's key set as the form carries it; a secret holds {@link SettingsForm#MASK} when left as saved. */
public class KeysForm {

    private String merchantSerialNumber = "";
    private String clientId = "";
    private String clientSecret = "";
    private String subscriptionKey = "";

    public String getMerchantSerialNumber() {
        return merchantSerialNumber;
    }

    public void setMerchantSerialNumber(String merchantSerialNumber) {
        this.merchantSerialNumber = merchantSerialNumber;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getSubscriptionKey() {
        return subscriptionKey;
    }

    public void setSubscriptionKey(String subscriptionKey) {
        this.subscriptionKey = subscriptionKey;
    }

    @Override
    public String toString() {
        return "KeysForm[merchantSerialNumber=" + merchantSerialNumber + ", secrets hidden]";
    }
}
