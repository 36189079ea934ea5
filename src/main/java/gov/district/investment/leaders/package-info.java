/**
 * Leaders on key projects (区级领导分包重点项目): leaders, assignments, protected listing, dispatch
 * meetings and follow-up decisions, under /api/v1/leaders, /dispatch-meetings, /decisions and
 * /protected-projects. May call the pipeline only through its service classes.
 */
package gov.district.investment.leaders;
