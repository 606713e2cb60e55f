package dev.vippsmp.demoshop.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each node keeps the catalogue it read. The shop itself never changes a product while it runs; this
 * bounds how long a change made in the database directly (a price, a product taken off sale) takes to show.
 *
 * @param cacheTtl how long a node serves the products it read before reading them again; zero reads them on every
 *                 request
 */
@ConfigurationProperties("demo.catalog")
public record CatalogProperties(@DefaultValue("5m") Duration cacheTtl) {
}
