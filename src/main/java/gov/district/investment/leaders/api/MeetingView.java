package gov.district.investment.leaders.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leaders.domain.DispatchMeeting;
import gov.district.investment.leaders.domain.MeetingLevel;

@Schema(name = "DispatchMeeting", description = "A dispatch meeting (调度会). Its decisions are at .../{id}/decisions.")
public record MeetingView(
        @Schema(example = "12") Long id,
        @Schema(example = "2026-11-27") LocalDate date,
        MeetingLevel level,
        @Schema(example = "3") Long chairLeaderId,
        @Schema(example = "奥通物流园项目专题调度会") String title,
        List<String> attendees,
        List<Long> projectIds,
        String minutes,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; also the ETag") long version) {

    public static MeetingView of(DispatchMeeting m) {
        return new MeetingView(m.id, m.meetingDate, m.meetingLevel, m.chairLeaderId, m.title, m.attendees, m.projectIds,
                m.minutes, m.createdAt, m.updatedAt, m.version);
    }

    public MeetingInput input() {
        return new MeetingInput(date, level, chairLeaderId, title, attendees, projectIds, minutes);
    }
}
