package dev.vippsmp.demoshop.i18n;

import dev.vippsmp.demoshop.market.Market;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Picks each request's language: the one chosen with {@code ?lang=} (kept in a cookie), else the browser's if the
 * shop has it, else the market's.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "shop_lang";

    @Bean
    LocaleResolver localeResolver(Market market) {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> browserLanguage(request).orElse(market.defaultLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    private static Optional<Locale> browserLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(Languages::supported)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Applies {@code ?lang=} when it names a language the shop has, and ignores it otherwise. */
    private static final class LanguageSwitch implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String requested = request.getParameter(Languages.PARAMETER);
            if (requested != null) {
                Languages.supported(Locale.forLanguageTag(requested)).ifPresent(locale -> {
                    LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                    if (resolver != null) {
                        resolver.setLocale(request, response, locale);
                    }
                });
            }
            return true;
        }
    }
}
