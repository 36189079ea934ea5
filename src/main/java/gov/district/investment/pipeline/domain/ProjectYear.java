package gov.district.investment.pipeline.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A project's year in figures: the year's plan and the current revision of each month's report,
 * kept by the plan and report writes in their own transactions (V51). Derived data: the annual
 * plan and the report revisions stay the record; this row lets a read take the year's numbers in
 * one indexed lookup. Written with single-column updates only (see {@code ProjectYears}), so
 * concurrent writes of different months never overwrite each other.
 */
@Entity
@Table(name = "project_year_figures")
@IdClass(ProjectYear.Key.class)
public class ProjectYear {

    /** The columns of months 1..12, for the single-column updates. */
    public static final List<String> MONTH_FIELDS = List.of("completed01", "completed02", "completed03", "completed04",
            "completed05", "completed06", "completed07", "completed08", "completed09", "completed10", "completed11",
            "completed12");

    public record Key(Long projectId, Integer year) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Id
    @Column(name = "plan_year", nullable = false, updatable = false)
    public Integer year;

    @Column(name = "industry_code", nullable = false, length = 32)
    public String industryCode;

    @Column(name = "area_code", nullable = false, length = 32)
    public String areaCode;

    @Column(name = "owner_unit_code", nullable = false, length = 32)
    public String ownerUnitCode;

    @Column(name = "project_level", nullable = false, length = 16)
    public String level;

    @Column(name = "planned_investment", nullable = false, precision = 16, scale = 2)
    public BigDecimal plannedInvestment;

    @Column(name = "completed_01", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed01;
    @Column(name = "completed_02", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed02;
    @Column(name = "completed_03", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed03;
    @Column(name = "completed_04", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed04;
    @Column(name = "completed_05", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed05;
    @Column(name = "completed_06", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed06;
    @Column(name = "completed_07", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed07;
    @Column(name = "completed_08", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed08;
    @Column(name = "completed_09", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed09;
    @Column(name = "completed_10", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed10;
    @Column(name = "completed_11", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed11;
    @Column(name = "completed_12", nullable = false, precision = 16, scale = 2)
    public BigDecimal completed12;

    protected ProjectYear() {
    }

    /** An empty year for a project: nothing planned, nothing reported. */
    public static ProjectYear of(Project project, int year) {
        ProjectYear figures = new ProjectYear();
        figures.projectId = project.id;
        figures.year = year;
        figures.industryCode = project.industryCode;
        figures.areaCode = project.areaCode;
        figures.ownerUnitCode = project.ownerUnitCode;
        figures.level = project.level.name();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        figures.plannedInvestment = zero;
        for (int month = 1; month <= 12; month++) {
            figures.setCompleted(month, zero);
        }
        return figures;
    }

    /** The month's current report; zero before the first. */
    public BigDecimal completed(int month) {
        return switch (month) {
            case 1 -> completed01;
            case 2 -> completed02;
            case 3 -> completed03;
            case 4 -> completed04;
            case 5 -> completed05;
            case 6 -> completed06;
            case 7 -> completed07;
            case 8 -> completed08;
            case 9 -> completed09;
            case 10 -> completed10;
            case 11 -> completed11;
            case 12 -> completed12;
            default -> throw new IllegalArgumentException("month " + month);
        };
    }

    /** Sets the month's current report (a new year's row, before it is inserted). */
    public void setCompleted(int month, BigDecimal amount) {
        switch (month) {
            case 1 -> completed01 = amount;
            case 2 -> completed02 = amount;
            case 3 -> completed03 = amount;
            case 4 -> completed04 = amount;
            case 5 -> completed05 = amount;
            case 6 -> completed06 = amount;
            case 7 -> completed07 = amount;
            case 8 -> completed08 = amount;
            case 9 -> completed09 = amount;
            case 10 -> completed10 = amount;
            case 11 -> completed11 = amount;
            case 12 -> completed12 = amount;
            default -> throw new IllegalArgumentException("month " + month);
        }
    }

    /**
     * How many months of {@code year}, from January, run through {@code last}: 0 when it is null or
     * before the year, 12 when after it.
     */
    public static int monthsCounted(int year, YearMonth last) {
        if (last == null || last.getYear() < year) {
            return 0;
        }
        return last.getYear() > year ? 12 : last.getMonthValue();
    }

    /**
     * Completed investment from January through {@code last} (a month of this year), or zero when
     * {@code last} is before January (nothing counted yet).
     */
    public BigDecimal completedThrough(YearMonth last) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int month = 1; month <= monthsCounted(year, last); month++) {
            sum = sum.add(completed(month));
        }
        return sum;
    }
}
