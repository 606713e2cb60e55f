package dev.vippsmp.demoshop;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** A small web shop with the Vipps MobilePay plugin installed. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DemoShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoShopApplication.class, args);
    }

    /** The shop's time, replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
