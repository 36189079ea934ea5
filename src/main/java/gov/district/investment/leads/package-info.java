/**
 * The investment-lead pool (招商引资): investors, leads, follow-ups, the lead stage machine and
 * conversion into projects, under /api/v1/leads and /api/v1/investors. Uses the pipeline only
 * through what it publishes in pipeline.api (ArchitectureTest).
 */
package gov.district.investment.leads;
