package gov.district.investment.pipeline.api;

import java.util.List;

/**
 * What the pipeline needs to know about the leaders on its projects, owned here and implemented by
 * the leaders context, so the pipeline never depends on it (DESIGN.md: dependencies run one way).
 */
public interface ProjectLeaders {

    /** The project's current leaders, the LEAD first; one query. */
    List<ProjectLeaderView> current(long projectId);

    /** The ids of the projects the leader is currently assigned to (either role); the project list's leaderId filter. */
    List<Long> currentProjectIds(long leaderId);

    /** Called before a project (still in PLANNING) is deleted; removes or refuses what refers to it. */
    void beforeProjectDelete(long projectId);
}
