package dev.vippsmp.simulator.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hides secrets in recorded traffic. A masked value keeps a short fingerprint, {@code ****(sha256:1a2b3c4d)}, so a
 * test can check which secret a client sent (by hashing the expected one) without the journal revealing it; an
 * {@code Authorization} value keeps its scheme, so {@code Bearer ****(sha256:…)} still shows the word Bearer.
 */
public final class SecretMasking {

    private static final Set<String> SECRET_HEADERS = Set.of("client_secret", "ocp-apim-subscription-key",
            "authorization");
    private static final Set<String> SECRET_FIELDS = Set.of("client_secret", "clientsecret", "secret",
            "callbackauthorizationtoken", "access_token", "accesstoken", "token", "id_token", "refresh_token");
    /** Login's token request is a form: the secret, the code and the PKCE verifier are masked in it. */
    private static final Set<String> SECRET_FORM_FIELDS = Set.of("client_secret", "code", "code_verifier");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SecretMasking() {
    }

    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The header's value as it may be shown. */
    public static String header(String name, String value) {
        if (value == null || !isSecretHeader(name)) {
            return value;
        }
        if (name.equalsIgnoreCase("authorization")) {
            int space = value.indexOf(' ');
            if (value.startsWith("HMAC-SHA256 ")) {
                return value; // a webhook signature reveals nothing about the secret
            }
            if (space > 0) {
                return value.substring(0, space) + " " + mask(value.substring(space + 1).trim());
            }
        }
        return mask(value);
    }

    /** The fingerprint a masked value shows: {@code ****(sha256:} and the first 8 hex digits of its SHA-256. */
    public static String mask(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "****(sha256:" + HexFormat.of().formatHex(hash, 0, 4) + ")";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A body with secret JSON fields masked; other text is returned as it is. */
    public static String body(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        if (!looksLikeJson(body)) {
            return looksLikeForm(body) ? maskForm(body) : body;
        }
        try {
            JsonNode tree = MAPPER.readTree(body);
            return maskTree(tree) ? MAPPER.writeValueAsString(tree) : body;
        } catch (JacksonException e) {
            return body;
        }
    }

    private static boolean looksLikeForm(String body) {
        return body.matches("[A-Za-z0-9_.~%+-]+=[^\\s]*");
    }

    private static String maskForm(String body) {
        StringBuilder masked = new StringBuilder();
        for (String pair : body.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (masked.length() > 0) {
                masked.append('&');
            }
            if (equals > 0 && SECRET_FORM_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                masked.append(name).append('=').append(mask(pair.substring(equals + 1)));
            } else {
                masked.append(pair);
            }
        }
        return masked.toString();
    }

    private static boolean looksLikeJson(String body) {
        String trimmed = body.trim();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    private static boolean maskTree(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames().stream().toList()) {
                JsonNode value = object.get(name);
                if (SECRET_FIELDS.contains(name.toLowerCase(Locale.ROOT)) && value.isString()) {
                    object.put(name, mask(value.stringValue()));
                    changed = true;
                } else {
                    changed |= maskTree(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                changed |= maskTree(item);
            }
        }
        return changed;
    }
}
