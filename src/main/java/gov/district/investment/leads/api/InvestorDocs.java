package gov.district.investment.leads.api;

/**
 * The OpenAPI prose and examples of InvestorResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class InvestorDocs {

    public static final String WRITERS_DOC = "Roles: investment-bureau, admin, unit (for its own leads).";

    public static final String CREATE = "creditCode (统一社会信用代码) is check-digit validated (422) and unique among investors (409 naming the existing investorId). "
            + WRITERS_DOC;

    public static final String CREATE_EXAMPLE = "{\"name\":\"浙江中国小商品城集团股份有限公司\",\"creditCode\":\"91330000742906207U\",\"origin\":\"浙江省义乌市\",\"type\":\"PRIVATE\",\"industryCode\":\"TRADE_LOGISTICS\",\"contacts\":[{\"name\":\"陈志强\",\"title\":\"投资发展部总监\",\"phone\":\"13905790001\"}]}";

    public static final String LIST = "Search by q (name or credit code). Sortable: id, name, type, createdAt, updatedAt; default id. contacts only for admin, investment-bureau and unit.";

    public static final String GET = "contacts only for admin, investment-bureau and unit. The ETag header carries the version for If-Match.";

    public static final String PATCH = "JSON Merge Patch (RFC 7396); contacts is replaced as a whole. Optional If-Match: 412 when stale. Roles: investment-bureau, admin (an investor is shared by every unit's leads).";

    public static final String HISTORY = "Every create and change: who, when, before and after, oldest first (contacts only for those who see them).";

    private InvestorDocs() {
    }
}
