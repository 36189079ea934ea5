package gov.district.investment.platform.paging;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The list mechanics every repository shares: a validated sort turned into Panache's, one page,
 * and its total count (from the {@link TotalsCache}, or told by the page itself when it is the last).
 */
public final class PanachePaging {

    private PanachePaging() {
    }

    /** A page of entities and the total count of the filtered list. */
    public record Slice<T>(List<T> items, long total) {
    }

    public static Sort sort(PageRequest page) {
        Sort sort = null;
        for (SortSpec.Order order : page.sort()) {
            Sort.Direction direction = order.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(order.attribute(), direction) : sort.and(order.attribute(), direction);
        }
        return sort;
    }

    /**
     * @param totalsName the list's name in the totals cache (writes to the list drop it)
     * @param totalsKey everything the count depends on: the filter, and the business day when
     *        the filter reads it (e.g. {@code overdue})
     */
    public static <T> Slice<T> page(PanacheQuery<T> query, PageRequest page, TotalsCache totals, String totalsName,
            Object totalsKey) {
        List<T> items = query.page(Page.of(page.page(), page.size())).list();
        return new Slice<>(items, total(items, page, () -> totals.total(totalsName, totalsKey, query::count)));
    }

    /**
     * A page of a parent's children in the order the query gives (a project's transitions, a
     * lead's follow-ups): the page's rows, and a count unless the page itself tells the total.
     *
     * @param from a JPQL {@code from ... where ...} without select or order
     */
    public static <T> gov.district.investment.platform.paging.Page<T> page(EntityManager em, Class<T> type, String from,
            String orderBy, Map<String, ?> parameters, PageRequest page) {
        TypedQuery<T> rows = em.createQuery(from + " order by " + orderBy, type)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        parameters.forEach(rows::setParameter);
        List<T> items = rows.getResultList();
        return gov.district.investment.platform.paging.Page.of(items, page, total(items, page, () -> {
            TypedQuery<Long> count = em.createQuery("select count(*) " + from, Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        }));
    }

    /** A short page that is the last one tells its own total; otherwise the list is counted. */
    private static long total(List<?> items, PageRequest page, LongSupplier count) {
        return items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                ? (long) page.offset() + items.size()
                : count.getAsLong();
    }

    /** A user's text as a LIKE pattern's literal part; the queries declare {@code escape '!'}. */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
