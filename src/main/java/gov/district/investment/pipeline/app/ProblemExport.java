package gov.district.investment.pipeline.app;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.pipeline.api.ProblemFilter.ProblemQuery;
import gov.district.investment.pipeline.domain.Problem;
import gov.district.investment.pipeline.persistence.ProblemRepository;
import gov.district.investment.platform.export.Column;
import gov.district.investment.platform.export.Exporter;
import gov.district.investment.platform.time.BusinessClock;

/** The problem list as a spreadsheet download, under the list's filters. */
@ApplicationScoped
public class ProblemExport {

    private final ProblemRepository problems;
    private final BusinessClock clock;

    public ProblemExport(ProblemRepository problems, BusinessClock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    /** The export's columns: Chinese headers, dates as dates. */
    public static final List<Column<Problem>> EXPORT_COLUMNS = List.of(
            Column.number("ID", p -> p.id),
            Column.number("项目ID", p -> p.projectId),
            Column.text("问题标题", p -> p.title),
            Column.text("问题描述", p -> p.description),
            Column.text("问题类别", p -> p.category == null ? null : p.category.label()),
            Column.text("责任单位代码", p -> p.responsibleUnitCode),
            Column.date("办结时限", p -> p.dueDate),
            Column.text("状态", p -> p.status().label()),
            Column.text("调度层级", p -> p.escalationLevel() == null ? null : p.escalationLevel().label()),
            Column.text("解决情况", p -> p.resolution()));

    /** The list under the same filter, streamed as a download. */
    public Exporter.Table<Problem> export(ProblemQuery query) {
        LocalDate today = clock.today();
        return new Exporter.Table<>("problems", "问题", EXPORT_COLUMNS, p -> p.id,
                (after, size) -> problems.batch(query, today, after, size));
    }
}
