package gov.district.investment.pipeline.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import gov.district.investment.pipeline.api.InvestmentStatus;

/**
 * 均衡进度 and the comparison of completed with planned investment. Pure arithmetic: rates are
 * fractions with four decimals.
 */
public final class ExpectedProgress {

    public static final int RATE_SCALE = 4;
    private static final int MONTHS = 12;

    /** How the elapsed share of the year is counted. */
    public enum Basis {
        MONTHS,
        DAYS
    }

    private ExpectedProgress() {
    }

    /**
     * The elapsed share of {@code year} at the end of {@code asOf}. By months: whole months ended
     * (27 November → 10/12, the "1–10月" reports; 30 November → 11/12). By days: days elapsed
     * including {@code asOf}, over the year's 365 or 366.
     */
    public static BigDecimal expectedRate(int year, LocalDate asOf, Basis basis) {
        if (asOf.getYear() < year) {
            return BigDecimal.ZERO.setScale(RATE_SCALE);
        }
        if (asOf.getYear() > year) {
            return BigDecimal.ONE.setScale(RATE_SCALE);
        }
        if (basis == Basis.DAYS) {
            return divide(BigDecimal.valueOf(asOf.getDayOfYear()), BigDecimal.valueOf(asOf.lengthOfYear()));
        }
        int ended = asOf.getMonthValue() - 1;
        if (asOf.equals(YearMonth.from(asOf).atEndOfMonth())) {
            ended++;
        }
        return divide(BigDecimal.valueOf(ended), BigDecimal.valueOf(MONTHS));
    }

    /**
     * The last month whose reports count towards {@code year} at {@code asOf}: by months, the last
     * whole month ended (so completed and expected cover the same months, "1–10月" on 27 November);
     * by days, the as-of month itself. Null when no month of the year counts yet.
     */
    public static YearMonth lastCountedMonth(int year, LocalDate asOf, Basis basis) {
        if (asOf.getYear() > year) {
            return YearMonth.of(year, MONTHS);
        }
        if (asOf.getYear() < year) {
            return null;
        }
        YearMonth month = YearMonth.from(asOf);
        if (basis == Basis.MONTHS && !asOf.equals(month.atEndOfMonth())) {
            month = month.minusMonths(1);
        }
        return month.getYear() == year ? month : null;
    }

    /** completed / planned; null when nothing is planned (a rate of nothing is undefined). */
    public static BigDecimal completionRate(BigDecimal planned, BigDecimal completed) {
        if (planned == null || planned.signum() == 0) {
            return null;
        }
        return divide(completed, planned);
    }

    /**
     * BEHIND below {@code expected − tolerance}, AHEAD above {@code expected + tolerance}. With
     * nothing planned, any completed investment is AHEAD and none is ON_TRACK.
     */
    public static InvestmentStatus status(BigDecimal completionRate, BigDecimal expectedRate, BigDecimal completed,
            BigDecimal tolerance) {
        if (completionRate == null) {
            return completed.signum() > 0 ? InvestmentStatus.AHEAD : InvestmentStatus.ON_TRACK;
        }
        if (completionRate.compareTo(expectedRate.subtract(tolerance)) < 0) {
            return InvestmentStatus.BEHIND;
        }
        if (completionRate.compareTo(expectedRate.add(tolerance)) > 0) {
            return InvestmentStatus.AHEAD;
        }
        return InvestmentStatus.ON_TRACK;
    }

    /** What 均衡进度 asks to have been completed by now minus what was: positive means behind (万元). */
    public static BigDecimal gap(BigDecimal planned, BigDecimal expectedRate, BigDecimal completed) {
        return planned.multiply(expectedRate).setScale(2, RoundingMode.HALF_UP).subtract(completed);
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, RATE_SCALE, RoundingMode.HALF_UP);
    }
}
