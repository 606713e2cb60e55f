package dev.vippsmp.simulator.epayment;

/** Express create bodies, shared by the tests that need one. */
public final class ExpressTestBodies {

    /** Two groups; the Posten pick-up point (NOK 49) is the default, Helthjem home delivery costs NOK 99. */
    public static final String FIXED_OPTIONS = """
            {"fixedOptions":[
              {"brand":"POSTEN","type":"PICKUP_POINT","isDefault":true,"priority":1,"options":[
                {"id":"posten-pickup","name":"Pick up at the post office","amount":{"currency":"NOK","value":4900},
                 "isDefault":true,"priority":1,"estimatedDelivery":"2-3 days"}]},
              {"brand":"HELTHJEM","type":"HOME_DELIVERY","isDefault":false,"priority":2,"options":[
                {"id":"helthjem-home","name":"Home delivery","amount":{"currency":"NOK","value":9900},
                 "isDefault":false,"priority":1}]}]}""";

    private ExpressTestBodies() {
    }

    /** An Express payment of NOK 200 plus shipping. */
    public static String express(String reference) {
        return express(reference, FIXED_OPTIONS);
    }

    public static String express(String reference, String shipping) {
        return """
                {"amount":{"currency":"NOK","value":20000},"paymentMethod":{"type":"WALLET"},"reference":"%s",
                 "userFlow":"WEB_REDIRECT","returnUrl":"https://shop.example.com/return",
                 "profile":{"scope":"name address email phoneNumber"},"shipping":%s}""".formatted(reference, shipping);
    }
}
