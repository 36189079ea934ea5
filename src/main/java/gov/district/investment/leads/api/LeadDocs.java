package gov.district.investment.leads.api;

import gov.district.investment.platform.imports.Importer;

/**
 * The OpenAPI prose and examples of LeadResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class LeadDocs {

    public static final String WRITERS_DOC = "Roles: investment-bureau, admin; unit only for the leads it holds (another unit's lead is 404 to it).";

    public static final String DUPLICATE_DOC = " When another unit already holds an open lead on the same investor (撞单) the answer is 409 naming it (leadId, ownerUnitCode), unless confirmDuplicate=true, which is recorded on the lead (duplicateConfirmed, duplicateOfLeadId).";

    public static final String CREATE = "Starts as a CLUE. Unknown investor or reference codes are 422." + DUPLICATE_DOC + " "
            + WRITERS_DOC;

    public static final String CREATE_EXAMPLE = "{\"title\":\"义乌小商品城北方分市场\",\"investorId\":1,\"channel\":\"BUSINESS_REFERRAL\",\"industryCode\":\"TRADE_LOGISTICS\",\"chainRole\":\"CHAIN_FILLING\",\"intendedInvestment\":150000,\"landAreaMu\":320,\"areaCode\":\"LINGANG_LOGISTICS\",\"ownerUnitCode\":\"ZSJ\",\"handlerName\":\"刘海涛\",\"nextFollowUpDate\":\"2026-12-05\"}";

    public static final String CREATE_PARAM = "true: record the lead although another unit holds an open lead on the investor";

    public static final String LIST = "Filtered, sorted and paged; a unit sees only the leads it holds. Sortable: id, title, intendedInvestment, stage, nextFollowUpDate, lastFollowUpDate, createdAt, updatedAt; default -id.";

    public static final String FUNNEL = "Counts, intended and contract investment by stage under the list's filters; a unit sees its own leads only.";

    public static final String EXPORT = "A unit exports only the leads it holds, as it lists them. The same filters as the list (paging and sort aside: rows by id), streamed as XLSX (default) or UTF-8 CSV with a BOM; Chinese headers, amounts as numbers with their unit in the header, dates as dates.";

    public static final String IMPORT_LEADS = "Columns (headers as in GET /api/v1/leads/import/template): 线索名称, 投资方统一社会信用代码, 投资方名称, 招商渠道 (code or label), "
            + "行业代码, 产业链定位 (code or label), 意向投资(万元), 外资(万美元), 用地(亩), 区域代码, 责任单位代码, 跟踪责任人, 下次跟进日期, 备注, 确认撞单 (是/否). "
            + "The investor must be registered (/api/v1/investors): named by its credit code (with 投资方名称, if given, checked against it) "
            + "or, without a code, by its exact name. Every row goes through the same rules as POST /api/v1/leads: a unit imports only "
            + "leads for its own unit (责任单位代码 defaults to it; another unit's code refuses the row); 撞单 (another unit holds an open "
            + "lead on the investor) refuses the row unless its 确认撞单 is 是, which is then recorded on the lead as with confirmDuplicate=true. "
            + Importer.UPLOAD_DOC + " " + WRITERS_DOC;

    public static final String GET = "With its lineage once converted (project id, stage, completed investment to date). The ETag header carries the version for If-Match.";

    public static final String PATCH = "JSON Merge Patch (RFC 7396) of the writable fields; stage, signing data and follow-up dates change only through transitions and follow-ups (422). A converted lead no longer changes (409). Reassigning (ownerUnitCode or investorId) is checked like a create."
            + DUPLICATE_DOC + " Optional If-Match: 412 when stale. " + WRITERS_DOC;

    public static final String PATCH_PARAM = "true: reassign although another unit holds an open lead on the investor";

    public static final String TRANSITION = "CLUE → CONTACTED → NEGOTIATING → SIGNED → LANDED one step at a time; any open stage may be DROPPED (reason) and a dropped lead reopens only to the stage it left. Into SIGNED needs signedDate and contractInvestment (422 without). CONVERTED only through POST .../convert. An illegal move is 409 listing allowedTargets; an effective date in the future or before the previous transition is 422. "
            + WRITERS_DOC;

    public static final String TRANSITION_EXAMPLE = "{\"toStage\":\"SIGNED\",\"signedDate\":\"2026-10-18\",\"contractInvestment\":150000}";

    public static final String TRANSITIONS = "Every transition, the conversion included, oldest first, with who recorded it and when.";

    public static final String FOLLOW_UP = "Sets the lead's lastFollowUpDate to date and its nextFollowUpDate to the one given, unless a later follow-up is already recorded. Only on open leads (409 on DROPPED or CONVERTED). date defaults to today and may not lie in the future (422). "
            + WRITERS_DOC;

    public static final String FOLLOW_UP_EXAMPLE = "{\"date\":\"2026-11-20\",\"kind\":\"VISIT\",\"summary\":\"赴义乌拜访集团投资部，对方确认选址临港物流园\",\"nextStep\":\"邀请客商来区实地考察\",\"nextFollowUpDate\":\"2026-12-05\"}";

    public static final String CONVERT = "From SIGNED or LANDED (409 otherwise; a second conversion is 409 naming the projectId). Creates the project (owner = the investor with its credit code, totalInvestment = the contract investment, leadId set; name, area and unit default from the lead, stage PLANNING or PRELIMINARY, the latter recorded as the project's transition) and marks the lead CONVERTED, in one transaction. The body is optional. A unit may not give the project to another unit (403). "
            + WRITERS_DOC;

    public static final String CONVERT_EXAMPLE = "{\"stage\":\"PRELIMINARY\",\"level\":\"DISTRICT\",\"plannedStartDate\":\"2027-03-01\"}";

    public static final String HISTORY = "Every create, change, transition and follow-up's effect on the lead: who, when, before and after, oldest first.";

    private LeadDocs() {
    }
}
