package gov.district.investment.platform.paging;

import java.util.List;

/**
 * A validated page request: 0-based page, bounded size, and sort orders already mapped from API
 * field names to entity attributes (see {@link SortSpec}).
 */
public record PageRequest(int page, int size, List<SortSpec.Order> sort) {

    public int offset() {
        return page * size;
    }
}
