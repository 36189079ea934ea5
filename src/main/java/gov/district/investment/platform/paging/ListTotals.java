package gov.district.investment.platform.paging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity: the lists whose cached totals ({@link TotalsCache}) a write of it changes. When
 * such a write commits, {@link TotalsInvalidation} drops them; no service has to remember to.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ListTotals {

    /** The lists, by the name their repository counts them under. */
    String[] value();
}
