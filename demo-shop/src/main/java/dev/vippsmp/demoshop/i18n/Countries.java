package dev.vippsmp.demoshop.i18n;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the reader's language: {@code ${@countries.name('NO')}} gives "Norway" or "Norge". */
@Component("countries")
public class Countries {

    public String name(String code) {
        return name(code, LocaleContextHolder.getLocale());
    }

    public String name(String code, Locale language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(language);
        return name.isEmpty() ? code : name;
    }
}
