/**
 * Leaders on key projects (区级领导分包重点项目): leaders, assignments, protected listing, dispatch
 * meetings and follow-up decisions, under /api/v1/leaders, /dispatch-meetings, /decisions and
 * /protected-projects. Uses the pipeline only through what it publishes in pipeline.api
 * (ArchitectureTest); implements its ProjectLeaders.
 */
package gov.district.investment.leaders;
