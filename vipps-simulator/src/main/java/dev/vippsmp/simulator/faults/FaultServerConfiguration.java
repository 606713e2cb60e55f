package dev.vippsmp.simulator.faults;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FaultServerConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> dropConnectionValve() {
        return factory -> factory.addEngineValves(new DropConnectionValve());
    }
}
