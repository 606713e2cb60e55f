package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The persistence contract on the embedded H2 database the demo runs on by default. */
class H2PersistenceTest extends ShopApplicationTest implements OrderPersistenceContract {

    @Autowired
    ApplicationContext shop;

    @Override
    public ApplicationContext shop() {
        return shop;
    }
}
