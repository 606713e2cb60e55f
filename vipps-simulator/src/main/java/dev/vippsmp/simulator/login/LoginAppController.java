package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.config.TestUsers;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The app page, standing in for the Vipps or MobilePay app: the test user names their phone number, sees what the
 * merchant asks to share, and logs in or cancels. Logging in sends the browser to the redirect URI with a code;
 * cancelling with {@code error=access_denied}.
 */
@Controller
class LoginAppController {

    static final String APP = "login/app";
    /** How long a login waits on the app page, as a payment waits on the landing page. */
    static final Duration WAITS = Duration.ofMinutes(10);

    private final LoginGrants grants;
    private final TestUsers users;
    private final SimulatorClock clock;

    LoginAppController(LoginGrants grants, TestUsers users, SimulatorClock clock) {
        this.grants = grants;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping(Issuer.APP)
    String page(@RequestParam(required = false) String request, Model model, HttpServletResponse response) {
        AuthorizationRequest pending = waiting(request);
        if (pending == null) {
            return gone(model, response);
        }
        return show(model, pending, users.defaultUser().phoneNumber(), null);
    }

    @PostMapping(Issuer.APP)
    String answer(@RequestParam(required = false) String request, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String decision, Model model, HttpServletResponse response) {
        AuthorizationRequest pending = waiting(request);
        if (pending == null) {
            return gone(model, response);
        }
        if ("cancel".equals(decision)) {
            grants.answer(request);
            return "redirect:" + Redirects.error(pending.redirectUri(), OAuthError.ACCESS_DENIED,
                    "The user cancelled the login", pending.state());
        }
        TestUser user = users.byPhone(phone == null ? null : phone.replaceAll("[\\s+]", "")).orElse(null);
        if (user == null) {
            response.setStatus(422);
            return show(model, pending, phone, "No test user has the phone number " + phone);
        }
        if (grants.answer(request).isEmpty()) {
            return gone(model, response);
        }
        String code = grants.issueCode(pending, user, clock.now());
        return "redirect:" + Redirects.code(pending.redirectUri(), code, pending.state());
    }

    /** The login waiting for an answer, or null when there is none or it waited too long (it is then dropped). */
    private AuthorizationRequest waiting(String request) {
        AuthorizationRequest pending = grants.pending(request).orElse(null);
        if (pending != null && !clock.now().isBefore(pending.at().plus(WAITS))) {
            grants.answer(request);
            return null;
        }
        return pending;
    }

    private String show(Model model, AuthorizationRequest pending, String phone, String message) {
        model.addAttribute("request", pending.id());
        model.addAttribute("merchant", pending.client().name());
        model.addAttribute("brand", pending.client().brand());
        model.addAttribute("claims", pending.claimScopes().stream().map(LoginScopes.CLAIM_SCOPES::get).toList());
        model.addAttribute("automaticReturn", pending.automaticReturn());
        model.addAttribute("phone", phone);
        model.addAttribute("users", users.all());
        model.addAttribute("message", message);
        return APP;
    }

    private static String gone(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("error", OAuthError.INVALID_REQUEST);
        model.addAttribute("description", "This login is not waiting for an answer: it was answered already, "
                + "it waited more than 10 minutes, or it never started. Start again from the shop.");
        return AuthorizeController.INVALID;
    }
}
