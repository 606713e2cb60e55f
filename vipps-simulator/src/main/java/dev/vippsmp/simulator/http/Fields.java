package dev.vippsmp.simulator.http;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object from a request, read field by field. Each reader names the field's full path in its error, and
 * raises the vendor's error code for the field when the caller gives one: requests are validated by hand so that
 * every mistake gets the code the vendor would send, never a parser's message.
 */
public final class Fields {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ObjectNode node;
    private final String path;

    private Fields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Parses a request body that must be a JSON object, sent as JSON when it is not empty (415 otherwise; a missing
     * Content-Type is tolerated). An empty body is an empty object when allowed.
     */
    public static Fields parse(HttpServletRequest request, byte[] body, boolean emptyAllowed) {
        boolean empty = body == null || new String(body, StandardCharsets.UTF_8).isBlank();
        String contentType = request.getContentType();
        if (!empty && contentType != null && !isJson(contentType)) {
            throw ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type " + contentType + " is not supported; send application/json");
        }
        return parse(body, emptyAllowed);
    }

    static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Parses a request body that must be a JSON object. An empty body is an empty object when allowed. */
    public static Fields parse(byte[] body, boolean emptyAllowed) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            if (emptyAllowed) {
                return new Fields(MAPPER.createObjectNode(), "");
            }
            throw ApiProblem.of(ErrorCode.MISSING_PARAMETER, "The request body is required").withField("body", "is required");
        }
        JsonNode tree = parseTree(body);
        if (!(tree instanceof ObjectNode object)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "The request body must be a JSON object");
        }
        return new Fields(object, "");
    }

    /** Parses JSON, or answers 400 with the position of the mistake. */
    public static JsonNode parseTree(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON" + where);
        }
    }

    public ObjectNode node() {
        return node;
    }

    /** The full path of a field of this object, e.g. {@code amount.value}. */
    public String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Present and not null. */
    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    public JsonNode raw(String field) {
        return node.get(field);
    }

    public String text(String field, ErrorCode code) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw ApiProblem.invalid(code, path(field), "must be a string");
        }
        return value.stringValue();
    }

    public String requiredText(String field, ErrorCode code) {
        String value = text(field, code);
        if (value == null) {
            throw ApiProblem.missing(path(field));
        }
        return value;
    }

    public Long integer(String field, ErrorCode code) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiProblem.invalid(code, path(field), "must be an integer");
        }
        return value.longValue();
    }

    public long requiredInteger(String field, ErrorCode code) {
        Long value = integer(field, code);
        if (value == null) {
            throw ApiProblem.missing(path(field));
        }
        return value;
    }

    public Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw ApiProblem.invalid(null, path(field), "must be true or false");
        }
        return value.booleanValue();
    }

    /** A duration written {@code 2s}, {@code 500ms} or {@code PT2S}; never negative. Null when absent. */
    public Duration duration(String field) {
        String text = text(field, null);
        if (text == null) {
            return null;
        }
        Duration duration;
        try {
            duration = DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(null, path(field), "must be a duration such as 2s, 500ms or PT2S");
        }
        if (duration.isNegative()) {
            throw ApiProblem.invalid(null, path(field), "must not be negative");
        }
        return duration;
    }

    public Fields object(String field, ErrorCode code) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!(value instanceof ObjectNode object)) {
            throw ApiProblem.invalid(code, path(field), "must be an object");
        }
        return new Fields(object, path(field));
    }

    public Fields requiredObject(String field, ErrorCode code) {
        Fields value = object(field, code);
        if (value == null) {
            throw ApiProblem.missing(path(field));
        }
        return value;
    }

    /** An array of objects; null when absent. */
    public List<Fields> objects(String field, ErrorCode code) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiProblem.invalid(code, path(field), "must be an array");
        }
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!(value.get(i) instanceof ObjectNode object)) {
                throw ApiProblem.invalid(code, path(field) + "[" + i + "]", "must be an object");
            }
            items.add(new Fields(object, path(field) + "[" + i + "]"));
        }
        return items;
    }

    /** An array of strings; null when absent. */
    public List<String> texts(String field, ErrorCode code) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiProblem.invalid(code, path(field), "must be an array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw ApiProblem.invalid(code, path(field), "must be an array of strings");
            }
            items.add(item.stringValue());
        }
        return items;
    }

    /** The object's entries, for free-form maps such as {@code metadata}. */
    public List<Map.Entry<String, JsonNode>> entries() {
        return new ArrayList<>(node.properties());
    }
}
