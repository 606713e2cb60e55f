package dev.vippsmp.admin.payments;

import dev.vippsmp.admin.payments.AmountParser.InvalidAmount;
import dev.vippsmp.admin.web.AdminFormats;
import dev.vippsmp.admin.web.AdminRequestRefused;
import dev.vippsmp.admin.web.AdminSite;
import dev.vippsmp.admin.web.Problem;
import dev.vippsmp.admin.web.VippsAdminProperties;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.PaymentService;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongFunction;
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
 * money form carries the version of the payment the admin saw, so a double click or a second admin cannot move
 * money twice on the strength of one look at the page. Refusals, the plugin's or the vendor's, come back as the
 * page with the reason in plain words.
 */
@Controller
@RequestMapping("${vipps.admin.path:/admin/vipps}/payments")
class PaymentsController {

    static final String LIST_VIEW = "vipps-admin/payments/payments";

    private static final Logger log = LoggerFactory.getLogger(PaymentsController.class);
    private static final Pattern REFERENCE = Pattern.compile("[a-zA-Z0-9-]{1,64}");
    private static final int MAX_SEARCH = 100;
    private static final int MAX_PAGE = 100_000;
    private static final int LOCK_STRIPES = 64;

    private final PaymentService payments;
    private final PaymentDetailPage detail;
    private final OrderLinks orderLinks;
    private final AdminSite site;
    private final AdminFormats formats;
    private final int pageSize;
    private final VippsClient client;
    /** Money operations on one payment run one at a time on this node; striped, so the set never grows. */
    private final Lock[] locks = new Lock[LOCK_STRIPES];

    PaymentsController(PaymentService payments, PaymentDetailPage detail, OrderLinks orderLinks, AdminSite site,
            AdminFormats formats, VippsAdminProperties properties, VippsClient client) {
        this.payments = payments;
        this.detail = detail;
        this.orderLinks = orderLinks;
        this.site = site;
        this.formats = formats;
        this.pageSize = properties.pageSize();
        this.client = client;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
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
        long total = payments.count(search, statuses, onlyFlagged);
        model.addAttribute("payments", payments.page(search, statuses, onlyFlagged, page * pageSize, pageSize));
        model.addAttribute("total", total);
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
        return withAmount(reference, amount, version, "capture", Payment::capturableMinor,
                minor -> payments.capture(reference, minor), model, redirect, response);
    }

    @PostMapping("/{reference}/refund")
    String refund(@PathVariable String reference, @RequestParam(defaultValue = "") String amount,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return withAmount(reference, amount, version, "refund", Payment::refundableMinor,
                minor -> payments.refund(reference, minor), model, redirect, response);
    }

    @PostMapping("/{reference}/cancel")
    String cancel(@PathVariable String reference, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return locked(reference, version, "cancel", model, response, payment -> {
            long released = payment.status() == PaymentStatus.CREATED ? payment.amountMinor()
                    : payment.capturableMinor();
            return runIfVendorAgrees(payment, "cancel", released, () -> payments.cancel(reference), model, redirect,
                    response);
        });
    }

    /** Reads the payment afresh from the vendor through the one completion path. */
    @PostMapping("/{reference}/refresh")
    String refresh(@PathVariable String reference, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Payment payment = load(reference);
        return run(payment, "refresh", 0, () -> payments.complete(reference, Trigger.ADMIN), model, redirect,
                response);
    }

    private String withAmount(String reference, String typed, long version, String operation,
            ToLongFunction<Payment> limitOf, LongFunction<Payment> call, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return locked(reference, version, operation, model, response, payment -> {
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
            return runIfVendorAgrees(payment, operation, minor, () -> call.apply(minor), model, redirect, response);
        });
    }

    /**
     * Checks and runs a money operation while no other one for the payment runs on this node, on the payment as
     * stored now and only if it is the version the admin looked at: the second of two quick clicks then finds the
     * payment changed by the first, instead of acting on the same stale look.
     */
    private String locked(String reference, long version, String operation, Model model,
            HttpServletResponse response, Function<Payment, String> action) {
        Lock lock = lockFor(reference);
        lock.lock();
        try {
            Payment payment = load(reference);
            if (payment.version() != version) {
                return refused(payment, operation, Problem.of(HttpStatus.CONFLICT, "vipps.admin.payment.changed"),
                        model, response);
            }
            return action.apply(payment);
        } finally {
            lock.unlock();
        }
    }

    private String runIfVendorAgrees(Payment payment, String operation, long minor, Runnable call, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String vendorAhead = unlessVendorAgrees(payment, operation, model, response);
        return vendorAhead != null ? vendorAhead : run(payment, operation, minor, call, model, redirect, response);
    }

    /**
     * Null when the vendor's totals are the stored ones. Otherwise money moved that the shop has not taken in (an
     * earlier operation whose follow-up failed, or one still finishing on another node), so the admin's amounts
     * rest on a stale picture and a new operation, under a new idempotency key, could move the money a second
     * time: nothing is sent, the payment is completed from the vendor, and the page shows the new totals.
     */
    private String unlessVendorAgrees(Payment payment, String operation, Model model,
            HttpServletResponse response) {
        PaymentDetails vendor;
        try {
            vendor = client.payments().get(payment.reference());
        } catch (VippsApiException unavailable) {
            return refused(payment, operation, Problem.of(unavailable), model, response);
        }
        if (!PaymentDetailPage.differs(payment, vendor)) {
            return null;
        }
        log.warn("Admin {} of payment {} not sent: the totals at Vipps MobilePay differ from the stored ones",
                operation, payment.reference());
        try {
            payments.complete(payment.reference(), Trigger.ADMIN);
        } catch (RuntimeException stillBehind) {
            log.warn("Payment {} could not be updated from Vipps MobilePay ({})", payment.reference(),
                    stillBehind.toString());
        }
        return refused(load(payment.reference()), operation,
                Problem.of(HttpStatus.CONFLICT, "vipps.admin.payment.vendor-ahead"), model, response);
    }

    private String run(Payment payment, String operation, long minor, Runnable call, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            call.run();
        } catch (VippsApiException refusal) {
            log.warn("Admin {} of payment {} refused: {}", operation, payment.reference(), refusal.getMessage());
            return refused(load(payment.reference()), operation, Problem.of(refusal), model, response);
        } catch (PaymentOperationException refusal) {
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

    private Lock lockFor(String reference) {
        return locks[Math.floorMod(reference.hashCode(), locks.length)];
    }

    private Payment load(String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw AdminRequestRefused.notFound("vipps.admin.payment.not-found");
        }
        return payments.find(reference)
                .orElseThrow(() -> AdminRequestRefused.notFound("vipps.admin.payment.not-found"));
    }
}
