package dev.vippsmp.admin.payments;

import dev.vippsmp.admin.web.AdminFormats;
import dev.vippsmp.admin.web.AdminRequestRefused;
import dev.vippsmp.admin.web.AdminSite;
import dev.vippsmp.admin.web.AmountParser;
import dev.vippsmp.admin.web.AmountParser.InvalidAmount;
import dev.vippsmp.admin.web.Problem;
import dev.vippsmp.admin.web.VippsAdminProperties;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payments for support: the list, a payment's page, and capture, refund, cancel and "update from the vendor". A
 * money form carries the version of the payment the admin saw; the core's
 * {@link dev.vippsmp.core.payment.MoneyMovements} refuses it when the payment changed since or the vendor shows other totals, and keeps two operations on one
 * payment apart on every shop node. This controller only reads the form and shows the outcome: refusals, the
 * plugin's or the vendor's, come back as the page with the reason in plain words.
 */
@Controller
@RequestMapping("${vipps.admin.path:/admin/vipps}/payments")
class PaymentsController {

    static final String LIST_VIEW = "vipps-admin/payments/payments";

    private static final Logger log = LoggerFactory.getLogger(PaymentsController.class);
    private static final Pattern REFERENCE = Pattern.compile("[a-zA-Z0-9-]{1,64}");
    private static final int MAX_SEARCH = 100;
    private static final int MAX_PAGE = 100_000;
    private static final int COUNT_UP_TO = 10_000;

    private final Payments payments;
    private final PaymentDetailPage detail;
    private final OrderLinks orderLinks;
    private final AdminSite site;
    private final AdminFormats formats;
    private final int pageSize;

    PaymentsController(Payments payments, PaymentDetailPage detail, OrderLinks orderLinks, AdminSite site,
            AdminFormats formats, VippsAdminProperties properties) {
        this.payments = payments;
        this.detail = detail;
        this.orderLinks = orderLinks;
        this.site = site;
        this.formats = formats;
        this.pageSize = properties.pageSize();
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String search,
            @RequestParam(required = false) PaymentStatus status,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (search != null && search.length() > MAX_SEARCH || page < 0 || page > MAX_PAGE) {
            throw AdminRequestRefused.badRequest("vipps.admin.error.bad-input");
        }
        List<PaymentStatus> statuses = status == null ? List.of() : List.of(status);
        Boolean onlyFlagged = flagged ? Boolean.TRUE : null;
        // Counted only up to a little beyond this page (at least COUNT_UP_TO): at a million payments a full count
        // per page would cost more than the page.
        long cap = Math.max(COUNT_UP_TO, (page + 2L) * pageSize);
        long counted = payments.queries().countUpTo(search, statuses, onlyFlagged, (int) cap + 1);
        boolean more = counted > cap;
        long total = Math.min(counted, cap);
        model.addAttribute("payments", payments.queries().page(search, statuses, onlyFlagged, page * pageSize,
                pageSize));
        model.addAttribute("total", total);
        model.addAttribute("more", more);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + pageSize - 1) / pageSize));
        model.addAttribute("q", search == null ? "" : search);
        model.addAttribute("status", status);
        model.addAttribute("flagged", flagged);
        model.addAttribute("statuses", PaymentStatus.values());
        model.addAttribute("orderLinks", orderLinks);
        return LIST_VIEW;
    }

    @GetMapping("/{reference}")
    String show(@PathVariable String reference, Model model) {
        return detail.render(load(reference), model);
    }

    @PostMapping("/{reference}/capture")
    String capture(@PathVariable String reference, @RequestParam(defaultValue = "") String amount,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return withAmount(reference, amount, "capture", Payment::capturableMinor,
                minor -> () -> payments.money().capture(reference, minor, version), model, redirect, response);
    }

    @PostMapping("/{reference}/refund")
    String refund(@PathVariable String reference, @RequestParam(defaultValue = "") String amount,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return withAmount(reference, amount, "refund", Payment::refundableMinor,
                minor -> () -> payments.money().refund(reference, minor, version), model, redirect, response);
    }

    @PostMapping("/{reference}/cancel")
    String cancel(@PathVariable String reference, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Payment payment = load(reference);
        long released = payment.status() == PaymentStatus.CREATED ? payment.amountMinor()
                : payment.capturableMinor();
        return run(payment, "cancel", released, () -> payments.money().cancel(reference, version), model, redirect,
                response);
    }

    /** Reads the payment afresh from the vendor through the one completion path. */
    @PostMapping("/{reference}/refresh")
    String refresh(@PathVariable String reference, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Payment payment = load(reference);
        return run(payment, "refresh", 0, () -> payments.completion().complete(reference, Trigger.ADMIN), model,
                redirect, response);
    }

    /** Reads the typed amount in the payment's currency; the limit is said here for the admin's sake only. */
    private String withAmount(String reference, String typed, String operation, ToLongFunction<Payment> limitOf,
            AmountOperation call, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Payment payment = load(reference);
        long minor;
        try {
            minor = AmountParser.minorUnits(typed, payment.currency());
        } catch (InvalidAmount invalid) {
            return refused(payment, operation, Problem.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "vipps.admin.amount." + invalid.problem()), model, response);
        }
        long limit = limitOf.applyAsLong(payment);
        if (minor > limit) {
            return refused(payment, operation, Problem.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "vipps.admin.amount.above-limit." + operation, formats.money(limit, payment.currency())),
                    model, response);
        }
        return run(payment, operation, minor, call.of(minor), model, redirect, response);
    }

    private String run(Payment payment, String operation, long minor, Supplier<?> call, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            call.get();
        } catch (VippsApiException refusal) {
            log.warn("Admin {} of payment {} refused: {}", operation, payment.reference(), refusal.getMessage());
            return refused(load(payment.reference()), operation, Problem.of(refusal), model, response);
        } catch (PaymentOperationException refusal) {
            log.info("Admin {} of payment {} not sent: {}", operation, payment.reference(), refusal.getMessage());
            return refused(load(payment.reference()), operation, Problem.of(refusal), model, response);
        } catch (RuntimeException unexpected) {
            // E.g. the shop refused the outcome after the vendor moved the money: whether it moved is not known here.
            log.warn("Admin {} of payment {} failed: {}", operation, payment.reference(), unexpected.toString());
            return refused(load(payment.reference()), operation,
                    Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "vipps.admin.payment.outcome-unknown"), model,
                    response);
        }
        redirect.addFlashAttribute("done", operation);
        redirect.addFlashAttribute("doneAmount", minor > 0 ? formats.money(minor, payment.currency()) : null);
        return "redirect:" + site.payment(payment.reference());
    }

    private String refused(Payment payment, String operation, Problem problem, Model model,
            HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem);
        model.addAttribute("problemOperation", operation);
        return detail.render(payment, model);
    }

    private Payment load(String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw AdminRequestRefused.notFound("vipps.admin.payment.not-found");
        }
        return payments.queries().find(reference)
                .orElseThrow(() -> AdminRequestRefused.notFound("vipps.admin.payment.not-found"));
    }

    @FunctionalInterface
    private interface AmountOperation {
        Supplier<?> of(long minor);
    }
}
