package gov.district.investment.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests (some or all) do not state their business time: it runs on the suite's
 * default today and again on each of {@link AwkwardDays}, proving that the day does not matter.
 * Every @QuarkusTest class carries either this or a class-level {@link BusinessTime}.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ClassTemplate
@ExtendWith(AwkwardDays.class)
public @interface OnAwkwardDays {
}
