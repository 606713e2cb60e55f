package dev.vippsmp.core.client.userinfo;

import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.internal.ApiCallExecutor;
import dev.vippsmp.core.client.internal.ApiRequest;

/** Userinfo by the {@code sub} of a payment, with the merchant's access token. */
public final class UserinfoApi {

    private final ApiCallExecutor executor;

    public UserinfoApi(ApiCallExecutor executor) {
        this.executor = executor;
    }

    public Userinfo get(String sub) {
        return executor.execute(ApiRequest.read(ApiOperation.GET_USERINFO, sub), Userinfo.class);
    }
}
