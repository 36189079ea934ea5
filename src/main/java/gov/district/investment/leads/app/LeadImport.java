package gov.district.investment.leads.app;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.api.LeadInput;
import gov.district.investment.leads.domain.ChainRole;
import gov.district.investment.leads.domain.LeadChannel;
import gov.district.investment.leads.persistence.InvestorRepository;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.imports.Cells;
import gov.district.investment.platform.imports.ImportResult;
import gov.district.investment.platform.imports.ImportSpec;
import gov.district.investment.platform.imports.ImportTable;
import gov.district.investment.platform.imports.Importer;
import gov.district.investment.platform.imports.Upload;

import static gov.district.investment.platform.imports.ImportSpec.column;

/**
 * Leads from a spreadsheet: each row is a POST /api/v1/leads through {@link LeadService#create},
 * so its validation, the caller's unit rule, the 撞单 check and the audit trail apply row by row.
 * The investor must already be registered; a row names it by credit code or, lacking one, by its
 * exact name. A 撞单 refuses the row unless the row itself says 确认撞单 = 是.
 */
@ApplicationScoped
public class LeadImport {

    static final String CREDIT_CODE = "投资方统一社会信用代码";
    static final String INVESTOR_NAME = "投资方名称";
    static final String UNIT = "责任单位代码";
    static final String CONFIRM_DUPLICATE = "确认撞单";

    /** Chinese headers as users write them (those shared with the lead export read the same). */
    public static final ImportSpec SPEC = new ImportSpec("lead-import-template", "招商线索", List.of(
            column("线索名称", "title"),
            column(CREDIT_CODE, "investorId"),
            column(INVESTOR_NAME, null),
            column("招商渠道", "channel"),
            column("行业代码", "industryCode"),
            column("产业链定位", "chainRole"),
            column("意向投资(万元)", "intendedInvestment"),
            column("外资(万美元)", "foreignCapitalUsd"),
            column("用地(亩)", "landAreaMu"),
            column("区域代码", "areaCode"),
            column(UNIT, "ownerUnitCode"),
            column("跟踪责任人", "handlerName"),
            column("下次跟进日期", "nextFollowUpDate"),
            column("备注", "note"),
            column(CONFIRM_DUPLICATE, null)));

    private final Importer importer;
    private final LeadService leads;
    private final InvestorRepository investors;

    public LeadImport(Importer importer, LeadService leads, InvestorRepository investors) {
        this.importer = importer;
        this.leads = leads;
        this.investors = investors;
    }

    public ImportResult run(Upload upload, String mode) {
        return importer.run(upload, mode, SPEC, this::create);
    }

    private Long create(ImportTable.Line line) {
        LeadInput input = new LeadInput(line.get("线索名称"), investor(line), Cells.enumValue(line, "招商渠道", LeadChannel.class),
                line.get("行业代码"), Cells.enumValue(line, "产业链定位", ChainRole.class),
                Cells.decimal(line, "意向投资(万元)"), Cells.decimal(line, "外资(万美元)"), Cells.decimal(line, "用地(亩)"),
                line.get("区域代码"), line.get(UNIT), line.get("跟踪责任人"), Cells.date(line, "下次跟进日期"), line.get("备注"));
        boolean confirmDuplicate = Boolean.TRUE.equals(Cells.bool(line, CONFIRM_DUPLICATE));
        try {
            return leads.create(input, confirmDuplicate).id();
        } catch (ProblemException e) {
            // the two refusals of a create that name no field: point at the column to change
            if (e.type() == ProblemType.DUPLICATE && e.extensions().containsKey("leadId")) {
                throw new Importer.RowRefused(CONFIRM_DUPLICATE,
                        "撞单: the investor already has open lead " + e.extensions().get("leadId")
                                + " 《" + e.extensions().get("leadTitle") + "》 held by unit "
                                + e.extensions().get("ownerUnitCode")
                                + "; write 是 in " + CONFIRM_DUPLICATE + " to import this row anyway");
            }
            if (e.type() == ProblemType.FORBIDDEN) {
                throw new Importer.RowRefused(UNIT, e.getMessage());
            }
            throw e;
        }
    }

    /** The investor's id, by credit code (checked against the name when both are given) or by exact name. */
    private Long investor(ImportTable.Line line) {
        String code = line.get(CREDIT_CODE);
        String name = line.get(INVESTOR_NAME);
        if (code != null) {
            List<InvestorRepository.Named> found = investors.lockBy(true, code.toUpperCase(Locale.ROOT));
            if (found.isEmpty()) {
                throw new Importer.RowRefused(CREDIT_CODE,
                        "no investor has credit code " + code + "; register it at /api/v1/investors first");
            }
            if (name != null && !name.equals(found.get(0).name())) {
                throw new Importer.RowRefused(INVESTOR_NAME, "the investor with credit code " + code + " is named '"
                        + found.get(0).name() + "', not '" + name + "'");
            }
            return found.get(0).id();
        }
        if (name == null) {
            throw new Importer.RowRefused(CREDIT_CODE, "is required, or else " + INVESTOR_NAME);
        }
        List<InvestorRepository.Named> named = investors.lockBy(false, name);
        if (named.isEmpty()) {
            throw new Importer.RowRefused(INVESTOR_NAME,
                    "no investor is named '" + name + "'; register it at /api/v1/investors first");
        }
        if (named.size() > 1) {
            throw new Importer.RowRefused(INVESTOR_NAME, "several investors are named '" + name + "'; give " + CREDIT_CODE);
        }
        return named.get(0).id();
    }
}
