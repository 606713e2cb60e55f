package dev.vippsmp.admin.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of another module whose pages live under the admin prefix and are drawn like the admin's own:
 * it gets {@code vippsAdmin} and {@code vippsFormat} in its model, and refused or malformed requests get the admin's
 * readable 4xx page. The access guard and CSRF check cover the whole prefix already; this only shares the pages'
 * plumbing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AdminPage {
}
