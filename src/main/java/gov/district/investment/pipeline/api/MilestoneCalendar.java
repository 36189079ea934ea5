package gov.district.investment.pipeline.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The milestones other contexts put on agendas and dashboards; implemented by MilestoneService. */
public interface MilestoneCalendar {

    /**
     * Milestones overdue on {@code day}: due before it and not done by then, oldest first.
     *
     * @param projectIds only these projects; null for all
     * @param unit only those of this responsible unit; null for all
     */
    List<MilestoneView> overdueOn(LocalDate day, Collection<Long> projectIds, String unit);
}
