package dev.vippsmp.demoshop.checkout;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the buyer fills in at checkout. The delivery fields are checked only when something in the cart ships
 * ({@link Delivery}); otherwise they are ignored, whatever a browser sends. No price is taken from the form:
 * {@code expectedTotal} is only compared with the cart's total as computed now, so a changed or tampered total
 * stops the order instead of changing it.
 */
public class CheckoutForm {

    /** Validation group of the fields asked for only when something ships. */
    interface Delivery {
    }

    @NotBlank
    @Size(max = 80)
    private String firstName;

    @NotBlank
    @Size(max = 80)
    private String lastName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Pattern(regexp = "\\+?[0-9]{8,15}")
    private String phone;

    @NotBlank(groups = Delivery.class)
    @Size(max = 120, groups = Delivery.class)
    private String street;

    @Size(max = 120, groups = Delivery.class)
    private String street2;

    @NotBlank(groups = Delivery.class)
    @Size(max = 10, groups = Delivery.class)
    private String postalCode;

    @NotBlank(groups = Delivery.class)
    @Size(max = 80, groups = Delivery.class)
    private String city;

    @NotBlank(groups = Delivery.class)
    @Pattern(regexp = "[A-Z]{2}", groups = Delivery.class)
    private String country;

    @NotBlank(groups = Delivery.class)
    private String shippingMethod;

    @NotBlank
    private String paymentMethod;

    @AssertTrue
    private boolean acceptTerms;

    @NotNull
    private Long expectedTotal;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    /** Spaces, as in "912 34 567", are dropped. */
    public void setPhone(String phone) {
        this.phone = phone == null ? null : phone.replace(" ", "");
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getStreet2() {
        return street2;
    }

    public void setStreet2(String street2) {
        this.street2 = street2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getShippingMethod() {
        return shippingMethod;
    }

    public void setShippingMethod(String shippingMethod) {
        this.shippingMethod = shippingMethod;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }

    public Long getExpectedTotal() {
        return expectedTotal;
    }

    public void setExpectedTotal(Long expectedTotal) {
        this.expectedTotal = expectedTotal;
    }
}
