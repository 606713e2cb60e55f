package dev.vippsmp.core.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.RetrySettings;
import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.epayment.PaymentState;
import dev.vippsmp.core.client.epayment.Profile;
import dev.vippsmp.core.client.epayment.UserDetails;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.core.support.ScriptedTransport;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Which of the buyer's details are read from Userinfo: exactly those the payment asked for and lacks, whatever part
 * of {@code userDetails} the vendor sent, with what the payment carries winning field by field. The transport is
 * the client's own seam; the simulator cannot send partial {@code userDetails}, so these cases are scripted here.
 */
class BuyerProfilesTest {

    private static final String USERINFO = """
            {"sub":"sub-1","name":"Ola Nordmann","given_name":"Ola","family_name":"Nordmann",
             "email":"ola@userinfo.example","email_verified":true,"phone_number":"4798765432",
             "address":{"street_address":"Storgata 1\\nLeilighet H0301","postal_code":"0155","region":"Oslo",
                        "country":"NO","formatted":"Storgata 1\\nLeilighet H0301\\n0155 Oslo\\nNO",
                        "address_type":"home","default":true}}""";

    private final ScriptedTransport transport = new ScriptedTransport();
    private final BuyerProfiles profiles = new BuyerProfiles(VippsClient.builder(() -> new ClientConfiguration(
                    URI.create("https://apitest.example"),
                    new ApiCredentials("123456", "client-id", "client-secret", "subscription-key"),
                    new SystemHeaders("shop", "1.0", "plugin", "0.1"), Duration.ofSeconds(1), Duration.ofSeconds(2),
                    new RetrySettings(0, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO, Duration.ZERO)))
            .transport(transport).clock(new MutableClock(Instant.parse("2026-03-01T10:00:00Z")))
            .sleeper(wait -> { }).build().userinfo());

    private static PaymentDetails authorized(String sub, UserDetails user) {
        return new PaymentDetails("order-1-1", PaymentState.AUTHORIZED, null, null, null, new Profile(null, sub),
                "psp-1", null, null, null, user);
    }

    @Test
    void partialUserDetailsAreFilledInFromUserinfoAndWhatThePaymentCarriesWins() {
        transport.then(200, USERINFO);

        BuyerProfiles.Read read = profiles.read(PaymentFlow.PROFILE_SHARING,
                authorized("sub-1", new UserDetails("ola@payment.example", null, null, null, null)));

        assertThat(read.settled()).isTrue();
        assertThat(read.buyer()).isEqualTo(new BuyerDetails("Ola", "Nordmann", "ola@payment.example", "4798765432",
                null, null));
        assertThat(transport.apiRequests()).extracting(request -> request.uri().getPath())
                .containsExactly("/vipps-userinfo-api/userinfo/sub-1");
    }

    @Test
    void completeUserDetailsNeedNoUserinfo() {
        BuyerProfiles.Read read = profiles.read(PaymentFlow.PROFILE_SHARING,
                authorized("sub-1", new UserDetails("ola@payment.example", "Ola", "Nordmann", "4798765432", null)));

        assertThat(read.settled()).isTrue();
        assertThat(read.buyer().familyName()).isEqualTo("Nordmann");
        assertThat(transport.apiRequests()).isEmpty();
    }

    @Test
    void anAddressAskedForButNotCarriedIsReadFromUserinfoWithItsLinesApart() {
        transport.then(200, USERINFO);

        BuyerProfiles.Read read = profiles.read(PaymentFlow.PROFILE_WITH_ADDRESS,
                authorized("sub-1", new UserDetails("ola@payment.example", "Ola", "Nordmann", "4798765432", null)));

        assertThat(read.buyer().address()).isEqualTo(new Address("Storgata 1", "Leilighet H0301", "0155", "Oslo",
                "NO"));
        assertThat(read.buyer().email()).isEqualTo("ola@payment.example");
    }

    @Test
    void withoutASubAnIncompleteBuyerIsWaitedFor() {
        BuyerProfiles.Read read = profiles.read(PaymentFlow.PROFILE_SHARING,
                authorized(null, new UserDetails("ola@payment.example", null, null, null, null)));

        assertThat(read.settled()).isFalse();
        assertThat(read.waitingFor()).contains("sub", "name", "phoneNumber");
        assertThat(read.buyer().email()).isEqualTo("ola@payment.example");
        assertThat(transport.apiRequests()).isEmpty();
    }

    @Test
    void aUserinfoThatCannotAnswerIsWaitedForButOneThatRefusesForGoodIsNot() {
        transport.then(503, "{\"title\":\"Unavailable\",\"status\":\"503\"}")
                .then(404, "{\"title\":\"Not found\",\"status\":\"404\"}");
        PaymentDetails subOnly = authorized("sub-1", null);

        BuyerProfiles.Read unavailable = profiles.read(PaymentFlow.PROFILE_SHARING, subOnly);
        BuyerProfiles.Read refused = profiles.read(PaymentFlow.PROFILE_SHARING, subOnly);

        assertThat(unavailable.settled()).isFalse();
        assertThat(unavailable.waitingFor()).contains("Userinfo");
        assertThat(refused.settled()).isTrue();
        assertThat(BuyerMapper.isEmpty(refused.buyer())).isTrue();
    }
}
