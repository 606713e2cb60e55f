package dev.vippsmp.checkout.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/** Tells Spring Boot that {@link CheckoutSchema} initializes the database, so users of it wait for the table. */
public final class CheckoutSchemaDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(CheckoutSchema.class);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
