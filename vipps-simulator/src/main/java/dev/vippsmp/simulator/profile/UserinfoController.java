package dev.vippsmp.simulator.profile;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.http.ApiProblem;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /vipps-userinfo-api/userinfo/{sub}} with the merchant's access token: exactly the claims the user
 * consented to share with this sales unit, within 168 hours of the payment.
 */
@RestController
class UserinfoController {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");

    private final TestUsers users;
    private final Consents consents;
    private final SimulatorClock clock;

    UserinfoController(TestUsers users, Consents consents, SimulatorClock clock) {
        this.users = users;
        this.consents = consents;
        this.clock = clock;
    }

    @GetMapping("/vipps-userinfo-api/userinfo/{sub}")
    ResponseEntity<Map<String, Object>> userinfo(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @PathVariable String sub) {
        TestUser user = users.bySub(sub, caller.msn()).filter(found -> consents.everGranted(caller.msn(), sub))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                        "No user with this sub has shared information with sales unit " + caller.msn()));
        Set<String> scopes = consents.activeScopes(caller.msn(), sub, clock.now());
        if (scopes.isEmpty()) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "The user's consent has expired: "
                    + "the information can be read for 168 hours after the payment");
        }
        return ResponseEntity.ok().contentType(JSON_UTF8).body(claims(user, sub, scopes));
    }

    static Map<String, Object> claims(TestUser user, String sub, Set<String> scopes) {
        return UserClaims.of(user, sub, scopes);
    }
}
