package dev.vippsmp.checkout.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The checkout's script, stylesheet and logos under {@code /vipps/checkout/}, served by a handler of their own (with
 * content-hashed URLs when the host's templates rewrite them), so they do not depend on the host serving everything
 * under {@code /**} from {@code static/}: a host that serves only its own folders (links to the shop's own pages
 * then cost no look-up among static files) still has them.
 *
 * <p>A content-hashed URL names one content forever, so the browser keeps it for a year, as the demo shop keeps its
 * own files. A host that does not rewrite URLs links the plain names, whose content changes with the plugin's
 * version: the browser keeps those for a day and then asks again with {@code If-Modified-Since}, answered with 304
 * while the file is unchanged. The hashed names have a handler of their own because the cache policy is one per
 * handler; its pattern is more specific than the plain one's, so it wins for them.
 */
@Configuration(proxyBeanMethods = false)
public class CheckoutAssets implements WebMvcConfigurer {

    static final String PATH = "/vipps/checkout/**";
    /**
     * A file name with the 32 hex digits of the content's MD5, as VersionResourceResolver writes it (spelled out,
     * since a path pattern's regular expression cannot hold braces).
     */
    static final String VERSIONED_PATH = "/vipps/checkout/{file:[a-z0-9_-]+-" + "[0-9a-f]".repeat(32) + "\\.[a-z0-9]+}";
    static final String LOCATION = "classpath:/static/vipps/checkout/";

    static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl PLAIN = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry.addResourceHandler(VERSIONED_PATH), VERSIONED);
        serve(registry.addResourceHandler(PATH), PLAIN);
    }

    private static void serve(ResourceHandlerRegistration registration, CacheControl cacheControl) {
        registration.addResourceLocations(LOCATION)
                .setCacheControl(cacheControl)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
