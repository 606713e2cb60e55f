package dev.vippsmp.simulator.landing;

import dev.vippsmp.simulator.epayment.Payment;
import dev.vippsmp.simulator.epayment.PaymentStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /simulator/qr?token=…}: the "QR image" of a QR payment. The simulator draws no scannable code: the
 * image shows and links the landing-page URL the code would carry.
 */
@RestController
class QrController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final PaymentStore store;

    QrController(PaymentStore store) {
        this.store = store;
    }

    @GetMapping("/simulator/qr")
    ResponseEntity<String> qr(@RequestParam(required = false) String token) {
        Payment payment = store.byToken(token).orElse(null);
        if (payment == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("This payment link is not valid");
        }
        String target = payment.redirectUrl().replace("/simulator/qr?", "/simulator/landing?");
        String escaped = HtmlUtils.htmlEscape(target);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"400\" height=\"120\" viewBox=\"0 0 400 120\">"
                + "<rect width=\"400\" height=\"120\" fill=\"#fff\" stroke=\"#222\"/>"
                + "<text x=\"10\" y=\"30\" font-family=\"sans-serif\" font-size=\"14\">Simulated QR code for "
                + HtmlUtils.htmlEscape(payment.reference()) + "</text>"
                + "<a xlink:href=\"" + escaped + "\"><text x=\"10\" y=\"70\" font-family=\"sans-serif\""
                + " font-size=\"10\" fill=\"#1a5fd0\">" + escaped + "</text></a></svg>";
        return ResponseEntity.ok().contentType(SVG).body(svg);
    }
}
