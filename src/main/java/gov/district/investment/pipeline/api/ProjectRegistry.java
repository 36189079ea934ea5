package gov.district.investment.pipeline.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;

/**
 * The projects as the other contexts may see and create them: registry fields only, never the
 * entity. Implemented by the pipeline's ProjectService.
 */
public interface ProjectRegistry {

    /** The registry fields of one project; not found when unknown. */
    ProjectView registry(long id);

    /** The registry fields of the given projects, in id order; unknown ids are left out. */
    List<ProjectView> registry(Collection<Long> ids);

    /** Each project's stage at the end of {@code day}, from the audit trail (absent: it did not exist yet). */
    Map<Long, ProjectStage> stagesOn(Collection<Long> ids, LocalDate day);

    /** Key projects (level other than NONE), optionally of one owner unit, in id order. */
    List<ProjectView> keyProjects(String ownerUnitCode);

    /** A page of the project list, filtered as GET /projects filters it. */
    Page<ProjectView> list(ProjectQuery query, PageRequest page);

    /** Registers the project a signed lead becomes, in the caller's transaction. */
    ProjectView createFromLead(long leadId, ProjectInput request, boolean preliminary, String reason);
}
