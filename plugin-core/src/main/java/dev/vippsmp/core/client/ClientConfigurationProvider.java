package dev.vippsmp.core.client;

/**
 * Supplies the configuration for the next call. The plugin's settings implement it from the database, so an
 * admin's change reaches every node of a shop on its next call.
 */
@FunctionalInterface
public interface ClientConfigurationProvider {

    ClientConfiguration current();
}
