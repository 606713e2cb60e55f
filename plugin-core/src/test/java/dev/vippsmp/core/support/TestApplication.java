package dev.vippsmp.core.support;

import dev.vippsmp.testsupport.MutableClock;
import java.time.Instant;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** A minimal host: whatever Spring Boot auto-configures, the test shop, and a clock the tests move. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {

    @Bean
    TestShop testShop() {
        return new TestShop();
    }

    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.now());
    }
}
