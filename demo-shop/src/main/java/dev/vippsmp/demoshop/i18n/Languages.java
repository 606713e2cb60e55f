package dev.vippsmp.demoshop.i18n;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages the shop's pages are written in, and the links that switch between them while staying on the same
 * page (query included, so a buyer's order link keeps its token). The layout reads {@code ${@languages.options()}}.
 */
@Component("languages")
public class Languages {

    static final String PARAMETER = "lang";
    static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, NORWEGIAN);

    /** Each language named in itself, as a switch shows them. */
    private static final Map<String, String> NAMES = Map.of("en", "English", "nb", "Norsk");

    /** A supported language matching the given one (Norwegian "no" and "nn" read Bokmål), if any. */
    static Optional<Locale> supported(Locale locale) {
        String language = locale.getLanguage();
        if (language.equals("no") || language.equals("nn")) {
            return Optional.of(NORWEGIAN);
        }
        return SUPPORTED.stream().filter(candidate -> candidate.getLanguage().equals(language)).findFirst();
    }

    public List<Option> options() {
        String current = LocaleContextHolder.getLocale().getLanguage();
        return SUPPORTED.stream()
                .map(locale -> new Option(locale.getLanguage(), NAMES.get(locale.getLanguage()),
                        link(locale.getLanguage()), locale.getLanguage().equals(current)))
                .toList();
    }

    private static String link(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/?" + PARAMETER + "=" + language;
        }
        HttpServletRequest request = attributes.getRequest();
        // On an error page, link to the page that failed rather than to the error dispatch.
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failedUri != null ? failedUri.toString() : request.getRequestURI();
        String query = failedUri != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(PARAMETER, language).build().toUriString();
    }

    /** A language as the switch shows it, named in itself ("English", "Norsk"). */
    public record Option(String code, String name, String href, boolean active) {
    }
}
