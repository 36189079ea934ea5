package gov.district.investment.support;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test whose outcome cannot depend on the database product: it touches no database (manifests,
 * pure rules) or only decides in Java what it checks (tokens, roles, health and metrics shapes).
 * CI's MariaDB leg leaves it out (JUnit tag {@value #TAG}); the H2 run and the date legs keep it.
 * Anything that sends SQL whose result it asserts (queries, constraints, locks, column sizes,
 * charsets, dates, money) does not carry this.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(DatabaseAgnostic.TAG)
public @interface DatabaseAgnostic {

    String TAG = "database-agnostic";
}
