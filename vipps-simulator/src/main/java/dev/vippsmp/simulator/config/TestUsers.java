package dev.vippsmp.simulator.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured app users. */
public final class TestUsers {

    private final List<TestUser> all;
    private final Map<String, TestUser> byPhone;
    private final TestUser defaultUser;

    public TestUsers(List<TestUser> configured, String defaultPhone) {
        this.all = configured == null || configured.isEmpty() ? Defaults.USERS : List.copyOf(configured);
        this.byPhone = SalesUnits.index(all, TestUser::phoneNumber, "phone number");
        this.defaultUser = byPhone.get(defaultPhone);
        if (defaultUser == null) {
            throw new IllegalStateException("simulator.default-user-phone " + defaultPhone + " is not a configured user");
        }
    }

    public List<TestUser> all() {
        return all;
    }

    public TestUser defaultUser() {
        return defaultUser;
    }

    public Optional<TestUser> byPhone(String phone) {
        return Optional.ofNullable(phone == null ? null : byPhone.get(phone));
    }

    /** A user by their {@code sub} for one sales unit, or by phone number. */
    public Optional<TestUser> byPhoneOrSub(String phoneOrSub, String msn) {
        if (phoneOrSub == null) {
            return Optional.empty();
        }
        return byPhone(phoneOrSub).or(() -> bySub(phoneOrSub, msn));
    }

    public Optional<TestUser> bySub(String sub, String msn) {
        return all.stream().filter(user -> user.sub(msn).equals(sub)).findFirst();
    }
}
