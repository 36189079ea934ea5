package gov.district.investment.pipeline.service;

import gov.district.investment.pipeline.api.ProjectLeaderView;

import java.util.List;

/**
 * What the pipeline needs to know about the leaders on its projects, owned here and implemented by
 * the leaders context, so the pipeline never depends on it (DESIGN.md: dependencies run one way).
 */
public interface ProjectLeaders {

    /** The project's current leaders, the LEAD first; one query. */
    List<ProjectLeaderView> current(long projectId);

    /**
     * A JPQL subquery selecting the ids of the projects a leader is currently assigned to (either
     * role), with the leader as parameter {@code :leaderId}: the project list's {@code leaderId}
     * filter, in the same statement as the page and its count.
     */
    String projectsOfLeaderSubquery();

    /** Called before a project (still in PLANNING) is deleted; removes or refuses what refers to it. */
    void beforeProjectDelete(long projectId);
}
