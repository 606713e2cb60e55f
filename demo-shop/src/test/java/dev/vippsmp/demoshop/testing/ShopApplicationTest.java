package dev.vippsmp.demoshop.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole shop on a random loopback port, on its own in-memory H2 database, without the simulator. Every test
 * class extending this (and adding no configuration of its own) shares one running shop, so tests must not assume
 * an empty database: count before and after, or look for what the test itself created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.datasource.url=jdbc:h2:mem:shop-${random.uuid};DB_CLOSE_DELAY=-1",
        "demo.sandbox.enabled=false"})
public abstract class ShopApplicationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A new HTTP client with an empty cookie jar, like a new visitor. */
    protected ShopClient newVisitor() {
        return new ShopClient(baseUrl());
    }

    protected long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Rows in every table a shopper's or admin's request can write to, to prove that a refused one wrote nothing. */
    protected WrittenRows writtenRows() {
        return new WrittenRows(count("cart"), count("cart_line"), count("shop_order"), count("order_line"),
                count("order_status_change"),
                jdbc.queryForObject("select coalesce(sum(quantity), 0) from cart_line", Long.class),
                jdbc.queryForObject("select coalesce(sum(version), 0) from shop_order", Long.class));
    }

    /** A fingerprint of what is stored; equal before and after means the request changed nothing. */
    public record WrittenRows(long carts, long cartLines, long orders, long orderLines, long statusChanges,
                              long cartQuantities, long orderVersions) {
    }
}
