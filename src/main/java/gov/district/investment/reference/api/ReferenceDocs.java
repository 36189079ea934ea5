package gov.district.investment.reference.api;

/**
 * The OpenAPI prose and examples of ReferenceResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ReferenceDocs {

    public static final String INDUSTRIES = "Every industry code a project or lead may carry (industryCode), in display order.";

    public static final String AREAS = "Zones, parks, towns and streets (areaCode); parks carry the parentCode of their zone.";

    public static final String UNITS = "Bureaus, park management committees and town governments that own projects (ownerUnitCode) and appear as unit_code in tokens.";

    public static final String ENUMS = "Every enum the API uses, each value with its Chinese label, for drop-downs and display.";

    private ReferenceDocs() {
    }
}
