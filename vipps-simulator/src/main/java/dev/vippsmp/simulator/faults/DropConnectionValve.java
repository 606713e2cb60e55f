package dev.vippsmp.simulator.faults;

import dev.vippsmp.simulator.http.ExchangeAttributes;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Closes the connection of a request marked {@link ExchangeAttributes#DROP_CONNECTION} without writing any answer,
 * as a network failure would. The servlet API cannot do that, so this sits in Tomcat's pipeline.
 */
final class DropConnectionValve extends ValveBase {

    DropConnectionValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (Boolean.TRUE.equals(request.getAttribute(ExchangeAttributes.DROP_CONNECTION))) {
            response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
        }
    }
}
