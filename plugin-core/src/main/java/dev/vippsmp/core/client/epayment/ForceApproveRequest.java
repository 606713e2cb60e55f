package dev.vippsmp.core.client.epayment;

/** Body of the test environment's force approve. */
public record ForceApproveRequest(Customer customer, String token) {
}
