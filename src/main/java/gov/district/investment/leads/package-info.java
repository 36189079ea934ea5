/**
 * The investment-lead pool (招商引资): investors, leads, follow-ups, the lead stage machine and
 * conversion into projects, under /api/v1/leads and /api/v1/investors. May call the pipeline only
 * through its service classes.
 */
package gov.district.investment.leads;
