package gov.district.investment.platform.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.district.investment.platform.error.ProblemException;

/**
 * The sortable fields of one list: API name to entity attribute. Parses {@code sort=a,-b} and
 * always ends with the id so that pages are stable.
 */
public final class SortSpec {

    public record Order(String attribute, boolean descending) {
    }

    private final Map<String, String> fields;
    private final List<Order> defaultOrder;

    private SortSpec(Map<String, String> fields, List<Order> defaultOrder) {
        this.fields = fields;
        this.defaultOrder = defaultOrder;
    }

    /** @param apiToAttribute pairs of API field name and entity attribute, in order */
    public static SortSpec of(String defaultSort, String... apiToAttribute) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < apiToAttribute.length; i += 2) {
            fields.put(apiToAttribute[i], apiToAttribute[i + 1]);
        }
        SortSpec spec = new SortSpec(fields, List.of());
        return new SortSpec(fields, spec.parse(defaultSort));
    }

    public List<Order> parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return defaultOrder;
        }
        List<Order> orders = new ArrayList<>();
        for (String raw : sort.split(",")) {
            String token = raw.trim();
            if (token.isEmpty()) {
                continue;
            }
            boolean desc = token.startsWith("-");
            String name = desc || token.startsWith("+") ? token.substring(1) : token;
            String attribute = fields.get(name);
            if (attribute == null) {
                throw ProblemException.badParameter("sort", "cannot sort by '" + name + "'; sortable: "
                        + String.join(", ", fields.keySet()));
            }
            orders.add(new Order(attribute, desc));
        }
        if (orders.isEmpty()) {
            throw ProblemException.badParameter("sort", "names no field; sortable: " + String.join(", ", fields.keySet()));
        }
        if (orders.stream().noneMatch(o -> o.attribute().equals("id"))) {
            orders.add(new Order("id", orders.get(orders.size() - 1).descending()));
        }
        return orders;
    }

    public String describe() {
        return String.join(", ", fields.keySet());
    }
}
