package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A parsed, validated project list filter. Empty lists and nulls mean "any". */
public record ProjectQuery(
        List<ProjectStage> stages,
        List<ProjectLevel> levels,
        String industry,
        String area,
        String unit,
        BigDecimal minInvestment,
        BigDecimal maxInvestment,
        Integer startedYear,
        Boolean continuing,
        String q,
        Instant updatedSince,
        Long leaderId) {

    public static ProjectQuery any() {
        return new ProjectQuery(List.of(), List.of(), null, null, null, null, null, null, null, null, null, null);
    }
}
