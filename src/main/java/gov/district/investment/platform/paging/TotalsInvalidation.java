package gov.district.investment.platform.paging;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import io.quarkus.arc.Arc;

/**
 * The default entity listener (META-INF/orm.xml): any insert, update or delete of an entity
 * marked {@link ListTotals} drops those lists' totals when its transaction completes. Writes by
 * JPQL or SQL bulk statements do not pass here; none of the counted entities is written so.
 */
public class TotalsInvalidation {

    private static final ClassValue<String[]> LISTS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            ListTotals lists = type.getAnnotation(ListTotals.class);
            return lists == null ? new String[0] : lists.value();
        }
    };

    /** The one list an entity is counted in, for its repository's paging. */
    public static String listOf(Class<?> entity) {
        String[] lists = LISTS.get(entity);
        if (lists.length != 1) {
            throw new IllegalArgumentException(entity.getSimpleName() + " names no single list in @ListTotals");
        }
        return lists[0];
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        String[] lists = LISTS.get(entity.getClass());
        if (lists.length == 0) {
            return;
        }
        TotalsCache totals = Arc.container().instance(TotalsCache.class).get();
        for (String list : lists) {
            totals.invalidateOnCompletion(list);
        }
    }
}
