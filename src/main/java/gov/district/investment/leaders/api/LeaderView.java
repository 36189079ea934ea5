package gov.district.investment.leaders.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.district.investment.leaders.domain.Leader;

@Schema(name = "Leader", description = "A district leader (区级领导) who may be in charge of key projects.")
public record LeaderView(
        @Schema(example = "3") Long id,
        @Schema(example = "王建国") String name,
        @Schema(example = "常务副区长") String title,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "13803350001", description = "Only for admin and project-office; absent for other roles") String phone,
        boolean active,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; also the ETag") long version) {

    /** @param showPhone whether the caller may see personal data */
    public static LeaderView of(Leader l, boolean showPhone) {
        return new LeaderView(l.id, l.name, l.title, showPhone ? l.phone : null, l.active, l.createdAt, l.updatedAt,
                l.version);
    }

    public LeaderInput input() {
        return new LeaderInput(name, title, phone, active);
    }
}
