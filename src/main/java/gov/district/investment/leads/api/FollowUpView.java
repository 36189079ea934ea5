package gov.district.investment.leads.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.FollowUp;
import gov.district.investment.leads.domain.FollowUpKind;

@Schema(name = "FollowUp", description = "A recorded follow-up (跟踪记录) on a lead.")
public record FollowUpView(
        @Schema(example = "55") Long id,
        @Schema(example = "301") Long leadId,
        @Schema(example = "2026-11-20") LocalDate date,
        FollowUpKind kind,
        @Schema(example = "赴义乌拜访集团投资部，对方确认选址临港物流园") String summary,
        @Schema(example = "邀请客商来区实地考察") String nextStep,
        @Schema(example = "2026-12-05") LocalDate nextFollowUpDate,
        @Schema(description = "Who recorded it") String actor,
        Instant recordedAt) {

    public static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.id, f.leadId, f.date, f.kind, f.summary, f.nextStep, f.nextFollowUpDate, f.actor,
                f.recordedAt);
    }
}
