package dev.vippsmp.simulator.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendor's published test vector (DIGEST §7), reproduced exactly. */
class WebhookSignerTest {

    @Test
    void signsTheVendorsTestVectorExactly() {
        String secret = "A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==";
        String url = "https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63";
        ZonedDateTime date = ZonedDateTime.of(2023, 3, 30, 8, 38, 32, 0, ZoneOffset.UTC);
        byte[] body = "{\"some-unique-content\":\"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world\"}"
                .getBytes(StandardCharsets.UTF_8);

        Map<String, String> headers = WebhookSigner.headers(url, date, body, secret);

        assertThat(headers.get("x-ms-date")).isEqualTo("Thu, 30 Mar 2023 08:38:32 GMT");
        assertThat(headers.get("x-ms-content-sha256")).isEqualTo("lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=");
        assertThat(headers.get("Authorization")).isEqualTo("HMAC-SHA256 SignedHeaders=x-ms-date;host;"
                + "x-ms-content-sha256&Signature=agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=");
    }

    @Test
    void writesTwoDigitDaysAndSignsPathAndQueryWithThePort() {
        ZonedDateTime date = ZonedDateTime.of(2024, 4, 1, 9, 5, 3, 0, ZoneOffset.UTC);
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        Map<String, String> headers = WebhookSigner.headers("http://127.0.0.1:8080/hooks/vipps?shop=1", date, body,
                "secret");

        assertThat(headers.get("x-ms-date")).isEqualTo("Mon, 01 Apr 2024 09:05:03 GMT");
        String expected = WebhookSigner.hmac("secret", "POST\n/hooks/vipps?shop=1\nMon, 01 Apr 2024 09:05:03 GMT;"
                + "127.0.0.1:8080;" + WebhookSigner.contentHash(body));
        assertThat(headers.get("Authorization")).endsWith("&Signature=" + expected);
    }
}
