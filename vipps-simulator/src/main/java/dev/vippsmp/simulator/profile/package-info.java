/**
 * Profile sharing: the consents users give with a payment, and the Userinfo endpoint that answers with exactly the
 * consented claims.
 */
package dev.vippsmp.simulator.profile;
