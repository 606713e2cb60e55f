/**
 * Profile sharing: the consents users give with a payment, how the profile reaches the merchant after authorization
 * (as the vendor does it, or held back for tests), and the Userinfo endpoint that answers with exactly the consented
 * claims.
 */
package dev.vippsmp.simulator.profile;
