package gov.district.investment.pipeline.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static gov.district.investment.pipeline.api.InvestmentStatus.AHEAD;
import static gov.district.investment.pipeline.api.InvestmentStatus.BEHIND;
import static gov.district.investment.pipeline.api.InvestmentStatus.ON_TRACK;
import static gov.district.investment.pipeline.domain.ExpectedProgress.Basis.DAYS;
import static gov.district.investment.pipeline.domain.ExpectedProgress.Basis.MONTHS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 均衡进度 arithmetic, by months and by days, at month ends, year ends and in leap years. */
class ExpectedProgressTest {

    @ParameterizedTest(name = "{0} by months → {1}")
    @CsvSource({
            "2026-11-27, 0.8333", // the "1–10月" reports: 10/12
            "2026-11-30, 0.9167", // November's last day: it has ended
            "2026-12-31, 1.0000",
            "2026-01-01, 0.0000",
            "2026-01-31, 0.0833",
            "2024-02-28, 0.0833", // leap year: February not over yet
            "2024-02-29, 0.1667",
            "2025-02-28, 0.1667" })
    void byMonths(LocalDate asOf, BigDecimal expected) {
        assertEquals(expected, ExpectedProgress.expectedRate(asOf.getYear(), asOf, MONTHS));
    }

    @ParameterizedTest(name = "{0} by days → {1}")
    @CsvSource({
            "2026-11-27, 0.9068", // 331/365
            "2026-12-31, 1.0000",
            "2026-01-01, 0.0027", // 1/365
            "2024-02-29, 0.1639", // 60/366
            "2024-12-31, 1.0000", // 366/366
            "2025-03-01, 0.1644" }) // 60/365
    void byDays(LocalDate asOf, BigDecimal expected) {
        assertEquals(expected, ExpectedProgress.expectedRate(asOf.getYear(), asOf, DAYS));
    }

    @Test
    void completedCountsTheSameMonthsAsExpected() {
        assertEquals(java.time.YearMonth.of(2026, 10),
                ExpectedProgress.lastCountedMonth(2026, LocalDate.of(2026, 11, 27), MONTHS));
        assertEquals(java.time.YearMonth.of(2026, 11),
                ExpectedProgress.lastCountedMonth(2026, LocalDate.of(2026, 11, 30), MONTHS));
        assertEquals(java.time.YearMonth.of(2026, 11),
                ExpectedProgress.lastCountedMonth(2026, LocalDate.of(2026, 11, 27), DAYS));
        assertNull(ExpectedProgress.lastCountedMonth(2026, LocalDate.of(2026, 1, 15), MONTHS));
        assertEquals(java.time.YearMonth.of(2025, 12),
                ExpectedProgress.lastCountedMonth(2025, LocalDate.of(2026, 1, 15), MONTHS));
        assertNull(ExpectedProgress.lastCountedMonth(2027, LocalDate.of(2026, 6, 1), DAYS));
    }

    @Test
    void otherYearsAreNotStartedOrFinished() {
        LocalDate asOf = LocalDate.of(2026, 6, 15);
        assertEquals(new BigDecimal("1.0000"), ExpectedProgress.expectedRate(2025, asOf, MONTHS));
        assertEquals(new BigDecimal("0.0000"), ExpectedProgress.expectedRate(2027, asOf, DAYS));
    }

    @Test
    void ratesWithZeroOrMissingPlans() {
        assertNull(ExpectedProgress.completionRate(BigDecimal.ZERO, new BigDecimal("100")));
        assertNull(ExpectedProgress.completionRate(null, BigDecimal.ZERO));
        assertEquals(AHEAD,
                ExpectedProgress.status(null, new BigDecimal("0.5"), new BigDecimal("100"), new BigDecimal("0.05")));
        assertEquals(ON_TRACK, ExpectedProgress.status(null, new BigDecimal("0.5"), BigDecimal.ZERO, new BigDecimal("0.05")));
        assertEquals(new BigDecimal("0.7467"),
                ExpectedProgress.completionRate(new BigDecimal("45000"), new BigDecimal("33600")));
    }

    @Test
    void statusUsesTheTolerance() {
        BigDecimal expected = new BigDecimal("0.8333");
        BigDecimal tolerance = new BigDecimal("0.05");
        assertEquals(BEHIND, ExpectedProgress.status(new BigDecimal("0.7832"), expected, BigDecimal.ONE, tolerance));
        assertEquals(ON_TRACK, ExpectedProgress.status(new BigDecimal("0.7833"), expected, BigDecimal.ONE, tolerance));
        assertEquals(ON_TRACK, ExpectedProgress.status(new BigDecimal("0.8833"), expected, BigDecimal.ONE, tolerance));
        assertEquals(AHEAD, ExpectedProgress.status(new BigDecimal("0.8834"), expected, BigDecimal.ONE, tolerance));
    }

    @Test
    void gapIsWhatIsMissingAgainstTheExpectedShare() {
        assertEquals(new BigDecimal("3898.50"),
                ExpectedProgress.gap(new BigDecimal("45000.00"), new BigDecimal("0.8333"), new BigDecimal("33600.00")));
        assertEquals(new BigDecimal("-1000.00"),
                ExpectedProgress.gap(new BigDecimal("12000.00"), new BigDecimal("0.5000"), new BigDecimal("7000.00")));
    }
}
