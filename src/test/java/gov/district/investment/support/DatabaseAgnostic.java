package gov.district.investment.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A @QuarkusTest whose outcome cannot depend on the database product: what it checks is decided in
 * Java (tokens, roles, the shapes of health and metrics). CI's MariaDB leg leaves it out (JUnit tag
 * {@value #TAG}); the H2 run keeps it. Anything that sends SQL whose result it asserts (queries,
 * constraints, locks, column sizes, charsets, dates, money) does not carry this. Plain unit tests
 * need no mark: the MariaDB leg runs @QuarkusTest classes only.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(DatabaseAgnostic.TAG)
public @interface DatabaseAgnostic {

    String TAG = "database-agnostic";
}
