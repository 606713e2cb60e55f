package dev.vippsmp.checkout.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The checkout's script, stylesheet and logos under {@code /vipps/checkout/}, served by a handler of their own (with
 * content-hashed URLs when the host's templates rewrite them), so they do not depend on the host serving everything
 * under {@code /**} from {@code static/}: a host that serves only its own folders (links to the shop's own pages
 * then cost no look-up among static files) still has them.
 */
@Configuration(proxyBeanMethods = false)
public class CheckoutAssets implements WebMvcConfigurer {

    static final String PATH = "/vipps/checkout/**";
    static final String LOCATION = "classpath:/static/vipps/checkout/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH)
                .addResourceLocations(LOCATION)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
