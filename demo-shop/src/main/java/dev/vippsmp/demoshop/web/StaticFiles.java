package dev.vippsmp.demoshop.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The shop's static files, served from their own folders only (with {@code spring.web.resources.add-mappings=false}
 * in place of Spring Boot's handler for {@code /**}). With content-hashed URLs, every link a page builds is looked
 * up among the static files; under {@code /**} that meant a look-up in the jar for each link to a product, the cart
 * or a return page too, which the benchmark's profile showed as the largest cost of a page. The plugins serve
 * their own files under their own paths.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "images"}) {
            serve(registry, "/" + folder + "/**", "classpath:/static/" + folder + "/");
        }
        serve(registry, "/favicon.svg", "classpath:/static/");
    }

    private static void serve(ResourceHandlerRegistry registry, String path, String location) {
        registry.addResourceHandler(path)
                .addResourceLocations(location)
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
