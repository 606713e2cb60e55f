package dev.vippsmp.core.settings;

import java.util.Map;

/** The headers the next API call will carry, with secrets masked, and where it will go. */
public record HeaderPreview(String baseUrl, Map<String, String> headers) {
}
