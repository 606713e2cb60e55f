package dev.vippsmp.demoshop.market;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarketProperties.class)
class MarketConfiguration {

    @Bean
    Market market(MarketProperties properties) {
        return Market.ofCountry(properties.country());
    }
}
