package gov.district.investment.leads.service;

import com.fasterxml.jackson.databind.JsonNode;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import java.util.List;

/** The leads context's list mechanics: validated sort to Panache, a page and its (cached) total. */
final class Queries {

    private Queries() {
    }

    record Slice<T>(List<T> items, long total) {
    }

    static Sort sort(PageRequest page) {
        Sort sort = null;
        for (SortSpec.Order order : page.sort()) {
            Sort.Direction direction = order.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(order.attribute(), direction) : sort.and(order.attribute(), direction);
        }
        return sort;
    }

    static <T> Slice<T> page(PanacheQuery<T> query, PageRequest page, TotalsCache totals, String totalsName, Object key) {
        List<T> items = query.page(Page.of(page.page(), page.size())).list();
        long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                ? (long) page.offset() + items.size() // the last page tells its own total: skip the count
                : totals.total(totalsName, key, query::count);
        return new Slice<>(items, total);
    }

    /** Equal JSON values; numbers by value, since a parsed 7 is an int node and our own 7L a long one. */
    static boolean sameValue(JsonNode sent, JsonNode current) {
        if (sent.isNumber() && current != null && current.isNumber()) {
            return sent.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        return sent.equals(current);
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
