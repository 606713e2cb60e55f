package dev.vippsmp.simulator.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SimulatorBeans {

    @Bean
    SalesUnits salesUnits(SimulatorProperties properties) {
        return new SalesUnits(properties.salesUnits());
    }

    @Bean
    TestUsers testUsers(SimulatorProperties properties) {
        return new TestUsers(properties.users(), properties.defaultUserPhone());
    }

    @Bean
    SimulatorClock simulatorClock() {
        return new SimulatorClock(Clock.systemUTC());
    }
}
