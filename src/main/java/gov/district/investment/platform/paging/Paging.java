package gov.district.investment.platform.paging;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.http.Params;

/** Turns {@link PageParams} into a validated {@link PageRequest} with the configured limits. */
@ApplicationScoped
public class Paging {

    /** Deep offsets cost the database a scan each; beyond this callers should filter or sync by updatedSince. */
    private static final int MAX_PAGE = 1_000_000;

    private final AppConfig.Paging config;

    public Paging(AppConfig config) {
        this.config = config.paging();
    }

    public PageRequest request(PageParams params, SortSpec sortSpec) {
        Integer page = Params.integer("page", params.page, 0, MAX_PAGE);
        Integer size = Params.integer("size", params.size, 1, config.maxSize());
        return new PageRequest(page == null ? 0 : page, size == null ? config.defaultSize() : size,
                sortSpec.parse(params.sort));
    }
}
