package dev.vippsmp.demoshop.customer;

/** A customer as the rest of the shop sees one. */
public record CustomerAccount(long id, String username, String name, String email, String phone) {
}
