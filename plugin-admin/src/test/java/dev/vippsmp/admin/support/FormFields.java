package dev.vippsmp.admin.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fields a browser would submit for a form as the page shows it: what a test then changes and posts. */
public final class FormFields {

    private FormFields() {
    }

    public static Map<String, String> of(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on the page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.hasAttr("disabled") || input.attr("name").equals("_csrf")) {
                continue;
            }
            fields.put(input.attr("name"), type.equals("checkbox") && input.attr("value").isEmpty() ? "on"
                    : input.attr("value"));
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), chosen != null ? chosen.attr("value")
                    : select.select("option").first().attr("value"));
        }
        return fields;
    }
}
