/**
 * The project pipeline (谋划 → 前期 → 在建 → 竣工 → 投产): the registry and its stage machine, annual
 * plans, monthly reports, indicators, milestones and problems, under /api/v1/projects, /problems,
 * /milestones, /reports, /stats and /targets. Publishes {@code api} (records, enums, service
 * interfaces) to the other contexts and depends on none of them.
 */
package gov.district.investment.pipeline;
