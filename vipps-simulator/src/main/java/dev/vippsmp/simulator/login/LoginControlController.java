package dev.vippsmp.simulator.login;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controls for a relying party's tests: roll the signing key over, and spoil the next id_token in one named way.
 */
@RestController
class LoginControlController {

    private final SigningKeys keys;
    private final IdTokenFaults faults;

    LoginControlController(SigningKeys keys, IdTokenFaults faults) {
        this.keys = keys;
        this.faults = faults;
    }

    /** A new signing key; with {@code retireOld=true} the old ones leave the JWKS at once. */
    @PostMapping("/simulator/login/keys/rotate")
    Map<String, Object> rotate(@RequestParam(defaultValue = "false") boolean retireOld) {
        return Map.of("kid", keys.rotate(retireOld), "retiredOld", retireOld);
    }

    /** The next token response's id_token carries this fault ({@link IdTokenFault}, by name). */
    @PostMapping("/simulator/login/next-id-token")
    ResponseEntity<Map<String, Object>> spoilNext(@RequestParam String fault) {
        IdTokenFault parsed;
        try {
            parsed = IdTokenFault.valueOf(fault.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new OAuthError(HttpStatus.BAD_REQUEST, OAuthError.INVALID_REQUEST,
                    "Unknown fault " + fault + "; one of " + java.util.Arrays.toString(IdTokenFault.values()));
        }
        faults.arm(parsed);
        return ResponseEntity.ok(Map.of("fault", parsed.name()));
    }
}
