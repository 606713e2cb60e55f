package dev.vippsmp.simulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SimulatorWebConfiguration implements WebMvcConfigurer {

    /**
     * The APIs answer JSON whatever the client's {@code Accept} header says, as the vendor's do; clients send all
     * sorts of values there, and none of them should get a 406.
     */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.ALL);
    }
}
