package dev.vippsmp.admin.web;

import dev.vippsmp.admin.security.AdminAccessInterceptor;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The web plumbing every admin page shares: the access guard on the whole prefix, the plugin's script and
 * stylesheet under {@code <prefix>/assets/} (content-hashed URLs when the host's templates rewrite them), the
 * paths (with other modules' tabs), formats and error pages.
 */
@Configuration(proxyBeanMethods = false)
@Import(AdminControllerAdvice.class)
public class AdminWebConfiguration implements WebMvcConfigurer {

    static final String ASSETS = "classpath:/dev/vippsmp/admin/assets/";

    private final VippsAdminProperties properties;
    private final ObjectProvider<RoleHierarchy> roleHierarchy;

    public AdminWebConfiguration(VippsAdminProperties properties, ObjectProvider<RoleHierarchy> roleHierarchy) {
        this.properties = properties;
        this.roleHierarchy = roleHierarchy;
    }

    @Bean
    AdminSite vippsAdminSite(ObjectProvider<AdminTab> tabs) {
        return AdminSite.of(properties, tabs.orderedStream().toList());
    }

    @Bean
    AdminFormats vippsAdminFormats(MessageSource messageSource, Clock clock) {
        return new AdminFormats(messageSource, properties.zone(), clock);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminAccessInterceptor(properties.authority(), roleHierarchy.getIfUnique()))
                .addPathPatterns(properties.path(), properties.path() + "/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(properties.path() + "/assets/**")
                .addResourceLocations(ASSETS)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
