package gov.district.investment.pipeline.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.pipeline.api.ProjectQuery;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.platform.export.Column;
import gov.district.investment.platform.export.Exporter;
import gov.district.investment.platform.time.BusinessClock;

/** The project list as a spreadsheet download, under the list's filters (everyone who may list may export). */
@ApplicationScoped
public class ProjectExport {

    private final ProjectRepository projects;
    private final BusinessClock clock;

    public ProjectExport(ProjectRepository projects, BusinessClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    /** The export's columns: Chinese headers, amounts with their unit, dates as dates. */
    public static final List<Column<Project>> EXPORT_COLUMNS = List.of(
            Column.number("ID", p -> p.id),
            Column.text("项目编号", p -> p.code),
            Column.text("项目名称", p -> p.name),
            Column.text("行业代码", p -> p.industryCode),
            Column.text("区域代码", p -> p.areaCode),
            Column.text("责任单位代码", p -> p.ownerUnitCode),
            Column.text("项目单位", p -> p.ownerName),
            Column.text("统一社会信用代码", p -> p.ownerCreditCode),
            Column.text("项目代码", p -> p.nationalProjectCode),
            Column.text("是否入统", p -> p.statsRegistered),
            Column.number("总投资(万元)", p -> p.totalInvestment),
            Column.text("项目级别", p -> p.level == null ? null : p.level.label()),
            Column.text("项目阶段", p -> p.stage().label()),
            Column.date("计划开工日期", p -> p.plannedStartDate),
            Column.date("计划竣工日期", p -> p.plannedCompletionDate),
            Column.date("实际开工日期", p -> p.actualStartDate()),
            Column.date("实际竣工日期", p -> p.actualCompletionDate()),
            Column.date("投产日期", p -> p.operationDate()));

    /** The list under the same filter, streamed as a download (everyone who may list may export). */
    public Exporter.Table<Project> export(ProjectQuery query) {
        int year = clock.currentYear();
        return new Exporter.Table<>("projects", "项目", EXPORT_COLUMNS, p -> p.id,
                (after, size) -> projects.batch(query, year, after, size));
    }
}
