package gov.district.investment.leaders.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import gov.district.investment.platform.paging.ListTotals;

/** A dispatch meeting (调度会) at one level, with the projects it took up and its minutes. */
@Entity
@ListTotals("dispatch-meeting")
@Audited
@Table(name = "dispatch_meeting")
public class DispatchMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_level", nullable = false, length = 16)
    public MeetingLevel meetingLevel;

    @Column(name = "chair_leader_id")
    public Long chairLeaderId;

    @Column(nullable = false, length = 200)
    public String title;

    @Convert(converter = StringListConverter.class)
    // text: see V50 (the JSON worst case exceeds a VARCHAR that fits the row)
    @Column(nullable = false, columnDefinition = "text")
    public List<String> attendees;

    @Convert(converter = LongListConverter.class)
    @Column(name = "project_ids", nullable = false, length = 2000)
    public List<Long> projectIds;

    @Column(length = 8000)
    public String minutes;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected DispatchMeeting() {
    }

    public static DispatchMeeting of(Instant now) {
        DispatchMeeting m = new DispatchMeeting();
        m.createdAt = now;
        m.updatedAt = now;
        return m;
    }
}
