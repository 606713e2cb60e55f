package dev.vippsmp.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marks a test that needs the MariaDB server of {@link MariaDbDatabase}; skipped without one, unless CI. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("mariadb")
@ExtendWith(MariaDbCondition.class)
public @interface RequiresMariaDb {
}
