package gov.district.investment.pipeline.domain;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectYearTest {

    /** A year with 1, 2, ..., 12 万元 reported in months 1..12. */
    private static ProjectYear reported() throws ReflectiveOperationException {
        Project project = Project.register("XM-2026-0001", java.time.Instant.EPOCH);
        project.industryCode = "GLASS";
        project.areaCode = "A";
        project.ownerUnitCode = "U";
        ProjectYear year = ProjectYear.of(project, 2026);
        for (int month = 1; month <= 12; month++) {
            Field field = ProjectYear.class.getField(ProjectYear.MONTH_FIELDS.get(month - 1));
            field.set(year, BigDecimal.valueOf(month).setScale(2));
        }
        return year;
    }

    @Test
    void completedCountsJanuaryThroughTheLastCountedMonth() throws ReflectiveOperationException {
        ProjectYear year = reported();
        assertEquals(new BigDecimal("1.00"), year.completedThrough(YearMonth.of(2026, 1)));
        assertEquals(new BigDecimal("55.00"), year.completedThrough(YearMonth.of(2026, 10)));
        assertEquals(new BigDecimal("78.00"), year.completedThrough(YearMonth.of(2026, 12)));
    }

    @Test
    void nothingCountedBeforeJanuaryAndTheWholeYearAfterIt() throws ReflectiveOperationException {
        ProjectYear year = reported();
        assertEquals(new BigDecimal("0.00"), year.completedThrough(YearMonth.of(2025, 12)));
        assertEquals(new BigDecimal("78.00"), year.completedThrough(YearMonth.of(2027, 3)));
    }

    @Test
    void aNewYearHasNothingPlannedOrReported() {
        Project project = Project.register("XM-2026-0002", java.time.Instant.EPOCH);
        ProjectYear year = ProjectYear.of(project, 2026);
        assertEquals(new BigDecimal("0.00"), year.plannedInvestment);
        assertEquals(new BigDecimal("0.00"), year.completedThrough(YearMonth.of(2026, 12)));
        assertEquals("NONE", year.level);
        assertThrows(IllegalArgumentException.class, () -> year.completed(13));
    }

    @Test
    void theMonthFieldsNameTheMonthColumns() throws ReflectiveOperationException {
        for (int month = 1; month <= 12; month++) {
            Field field = ProjectYear.class.getField(ProjectYear.MONTH_FIELDS.get(month - 1));
            assertEquals(String.format("completed_%02d", month), field.getAnnotation(jakarta.persistence.Column.class).name());
        }
    }
}
