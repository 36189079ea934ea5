package gov.district.investment.pipeline.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The problems (困难和问题) as the leaders' meetings and dashboards use them; implemented by ProblemService. */
public interface ProblemDesk {

    /**
     * Open problems at an escalation level (null: any), oldest deadline first, of these projects
     * (null: all) or assigned to this unit (null: all).
     */
    List<ProblemView> openAt(EscalationLevel level, Collection<Long> projectIds, String unit);

    /** The open problems of these projects at the end of {@code day}, with the level each had then, by id. */
    Map<Long, EscalationLevel> openLevelsOn(Collection<Long> projectIds, LocalDate day);

    /**
     * A problem taken up by a dispatch decision (督办): OPEN moves to IN_PROGRESS, IN_PROGRESS stays;
     * joins the caller's transaction.
     */
    ProblemView takeUp(long problemId, Long projectId, String reason);
}
