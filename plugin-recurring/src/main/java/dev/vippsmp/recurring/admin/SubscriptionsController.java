package dev.vippsmp.recurring.admin;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.admin.web.AdminFormats;
import dev.vippsmp.admin.web.AdminPage;
import dev.vippsmp.admin.web.AdminRequestRefused;
import dev.vippsmp.admin.web.AdminSite;
import dev.vippsmp.admin.web.AmountParser;
import dev.vippsmp.admin.web.AmountParser.InvalidAmount;
import dev.vippsmp.admin.web.Problem;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.recurring.Subscription;
import dev.vippsmp.recurring.SubscriptionCharge;
import dev.vippsmp.recurring.SubscriptionOperationException;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.store.AgreementStore;
import jakarta.servlet.http.HttpServletResponse;
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
 * The subscriptions for support: the list, an agreement's page, Stop, and Refund of a charged period. The Stop form
 * carries the version of the agreement the admin saw, so a stale page cannot stop what changed since; a refund's
 * amount is read strictly in major units (the admin's {@link AmountParser}) and checked against what the period can
 * still give back before the vendor is asked, and the facade checks it again against the vendor's own figures.
 * Refusals, the plugin's or the vendor's, come back as the page with the reason in plain words.
 */
@Controller
@AdminPage
@RequestMapping("${vipps.admin.path:/admin/vipps}" + SubscriptionsController.PATH)
class SubscriptionsController {

    static final String PATH = "/subscriptions";
    static final String TAB = "subscriptions";
    static final String LIST_VIEW = "vipps/recurring/admin/subscriptions";
    static final String DETAIL_VIEW = "vipps/recurring/admin/subscription";

    private static final Logger log = LoggerFactory.getLogger(SubscriptionsController.class);
    /** The vendor's agreement ids ("agr_..."), the shop's order and customer ids: no spaces, no markup. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@+-]{1,100}");
    private static final int MAX_PAGE = 100_000;

    private final VippsSubscriptions subscriptions;
    private final AgreementStore agreements;
    private final AdminSite site;
    private final AdminFormats formats;
    private final int pageSize;

    SubscriptionsController(VippsSubscriptions subscriptions, AgreementStore agreements, AdminSite site,
            AdminFormats formats, int pageSize) {
        this.subscriptions = subscriptions;
        this.agreements = agreements;
        this.site = site;
        this.formats = formats;
        this.pageSize = pageSize;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String search,
            @RequestParam(required = false) SubscriptionStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String term = search == null || search.isBlank() ? null : search.strip();
        if (term != null && !ID.matcher(term).matches() || page < 0 || page > MAX_PAGE) {
            throw AdminRequestRefused.badRequest("vipps.admin.error.bad-input");
        }
        long total = agreements.count(status, term);
        model.addAttribute("subscriptions", agreements.search(status, term, page * pageSize, pageSize).stream()
                .map(SubscriptionListItem::of).toList());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + pageSize - 1) / pageSize));
        model.addAttribute("q", term == null ? "" : term);
        model.addAttribute("status", status);
        model.addAttribute("statuses", SubscriptionStatus.values());
        model.addAttribute("base", base());
        return LIST_VIEW;
    }

    @GetMapping("/{agreementId}")
    String show(@PathVariable String agreementId, Model model) {
        return render(load(agreementId), model);
    }

    @PostMapping("/{agreementId}/stop")
    String stop(@PathVariable String agreementId, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Subscription subscription = load(agreementId);
        try {
            subscriptions.stop(agreementId, version, Source.ADMIN);
        } catch (SubscriptionOperationException refusal) {
            log.info("Admin stop of agreement {} refused: {}", agreementId, refusal.getMessage());
            return refused(load(agreementId), problem(refusal), model, response);
        }
        redirect.addFlashAttribute("done", "stop");
        return "redirect:" + base() + "/" + subscription.agreementId();
    }

    @PostMapping("/{agreementId}/charges/{period}/refund")
    String refund(@PathVariable String agreementId, @PathVariable int period,
            @RequestParam(defaultValue = "") String amount, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Subscription subscription = load(agreementId);
        SubscriptionCharge charge = subscriptions.charges(agreementId).stream()
                .filter(candidate -> candidate.period() == period).findFirst()
                .orElseThrow(() -> AdminRequestRefused.notFound("vipps.recurring.admin.refused.unknown"));
        long minor;
        try {
            minor = AmountParser.minorUnits(amount, charge.currency());
        } catch (InvalidAmount invalid) {
            // Not an amount at all: a bad request, as the admin's other malformed input is.
            return refused(subscription, Problem.of(HttpStatus.BAD_REQUEST, "vipps.admin.amount." + invalid.problem()),
                    model, response);
        }
        if (minor > charge.refundable()) {
            return refused(subscription, Problem.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "vipps.admin.amount.above-limit.refund", formats.money(charge.refundable(), charge.currency())),
                    model, response);
        }
        try {
            subscriptions.refund(agreementId, period, minor, Source.ADMIN);
        } catch (SubscriptionOperationException refusal) {
            log.info("Admin refund of agreement {} period {} refused: {}", agreementId, period, refusal.getMessage());
            return refused(load(agreementId), problem(refusal), model, response);
        }
        redirect.addFlashAttribute("done", "refund");
        redirect.addFlashAttribute("doneAmount", formats.money(minor, charge.currency()));
        redirect.addFlashAttribute("donePeriod", period);
        return "redirect:" + base() + "/" + subscription.agreementId();
    }

    private String render(Subscription subscription, Model model) {
        model.addAttribute("subscription", subscription);
        model.addAttribute("charges", subscriptions.charges(subscription.agreementId()));
        model.addAttribute("events", subscriptions.events(subscription.agreementId()));
        model.addAttribute("base", base());
        return DETAIL_VIEW;
    }

    private String refused(Subscription subscription, Problem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem);
        return render(subscription, model);
    }

    /** The plugin's refusal in the admin's words; the vendor's, with what it said, for support. */
    static Problem problem(SubscriptionOperationException refusal) {
        if (refusal.getCause() instanceof VippsApiException vendor) {
            return Problem.of(vendor);
        }
        HttpStatus status = switch (refusal.reason()) {
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case INVALID_AMOUNT -> HttpStatus.UNPROCESSABLE_ENTITY;
            case VENDOR -> HttpStatus.BAD_GATEWAY;
            default -> HttpStatus.CONFLICT;
        };
        return Problem.of(status, "vipps.recurring.admin.refused." + refusal.code());
    }

    private Subscription load(String agreementId) {
        if (!ID.matcher(agreementId).matches()) {
            throw AdminRequestRefused.notFound("vipps.recurring.admin.not-found");
        }
        return subscriptions.find(agreementId)
                .orElseThrow(() -> AdminRequestRefused.notFound("vipps.recurring.admin.not-found"));
    }

    private String base() {
        return site.base() + PATH;
    }
}
