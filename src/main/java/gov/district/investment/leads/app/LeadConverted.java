package gov.district.investment.leads.app;

/**
 * Fired synchronously inside the conversion's transaction, after the project is inserted and the
 * lead marked CONVERTED: an observer that throws undoes both (the atomicity tests rely on that).
 */
public record LeadConverted(long leadId, long projectId) {
}
