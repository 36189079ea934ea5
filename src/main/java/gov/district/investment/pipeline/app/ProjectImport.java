package gov.district.investment.pipeline.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.pipeline.api.ProjectInput;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.platform.imports.Cells;
import gov.district.investment.platform.imports.ImportResult;
import gov.district.investment.platform.imports.ImportSpec;
import gov.district.investment.platform.imports.Importer;
import gov.district.investment.platform.imports.Upload;

import static gov.district.investment.platform.imports.ImportSpec.column;

/** Projects from a spreadsheet: each row is a POST /api/v1/projects through {@link ProjectService#create}. */
@ApplicationScoped
public class ProjectImport {

    /** Chinese headers as users write them; the template's header row. */
    public static final ImportSpec SPEC = new ImportSpec("project-import-template", "项目", List.of(
            column("项目名称", "name"),
            column("项目简介", "description"),
            column("行业代码", "industryCode"),
            column("区域代码", "areaCode"),
            column("责任单位代码", "ownerUnitCode"),
            column("项目单位", "ownerName"),
            column("统一社会信用代码", "ownerCreditCode"),
            column("项目代码", "nationalProjectCode"),
            column("是否入统", "statsRegistered"),
            column("总投资(万元)", "totalInvestment"),
            column("项目级别", "level"),
            column("计划开工日期", "plannedStartDate"),
            column("计划竣工日期", "plannedCompletionDate")));

    private final Importer importer;
    private final ProjectService projects;

    public ProjectImport(Importer importer, ProjectService projects) {
        this.importer = importer;
        this.projects = projects;
    }

    public ImportResult run(Upload upload, String mode) {
        return importer.run(upload, mode, SPEC, line -> projects.create(new ProjectInput(
                line.get("项目名称"), line.get("项目简介"), line.get("行业代码"), line.get("区域代码"), line.get("责任单位代码"),
                line.get("项目单位"), line.get("统一社会信用代码"), line.get("项目代码"),
                Cells.bool(line, "是否入统"),
                Cells.decimal(line, "总投资(万元)"),
                Cells.enumValue(line, "项目级别", ProjectLevel.class),
                Cells.date(line, "计划开工日期"),
                Cells.date(line, "计划竣工日期"))).id());
    }
}
