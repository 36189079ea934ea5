package gov.district.investment.leads.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import gov.district.investment.leads.api.ConversionRequest;
import gov.district.investment.leads.api.ConversionStage;
import gov.district.investment.leads.domain.Investor;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.persistence.InvestorRepository;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.pipeline.api.ProjectInput;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;

/** A signed lead becomes a project (转化为项目): the pipeline registers it and the lead keeps the lineage. */
@ApplicationScoped
public class LeadConversion {

    private final LeadLookup lookup;
    private final LeadRepository leads;
    private final InvestorRepository investors;
    private final LeadAccess access;
    private final ProjectRegistry projects;
    private final BusinessClock clock;
    private final Caller caller;
    private final Event<LeadConverted> converted;

    public LeadConversion(LeadLookup lookup, LeadRepository leads, InvestorRepository investors, LeadAccess access,
            ProjectRegistry projects, BusinessClock clock, Caller caller, Event<LeadConverted> converted) {
        this.lookup = lookup;
        this.leads = leads;
        this.investors = investors;
        this.access = access;
        this.projects = projects;
        this.clock = clock;
        this.caller = caller;
        this.converted = converted;
    }

    private static final String CONVERSION_REASON = "由招商线索转化";

    /**
     * Creates the project (owner = the investor, totalInvestment = the contract investment, leadId
     * set) and marks the lead CONVERTED, in one transaction: either both or neither. The lead's row
     * is locked first, so a concurrent second conversion waits and then finds it CONVERTED (409).
     */
    @Transactional
    @RetryOnConflict
    public ProjectView convert(long id, ConversionRequest request, IfMatch ifMatch) {
        ConversionRequest body = request == null ? ConversionRequest.DEFAULTS : request;
        Lead lead = lookup.lockVisible(id);
        access.checkWrite(lead);
        ifMatch.check(lead.version);
        lead.ensureConvertible();
        Investor investor = investors.findById(lead.investorId);
        String areaCode = body.areaCode() != null ? body.areaCode() : lead.areaCode;
        String ownerUnitCode = body.ownerUnitCode() != null ? body.ownerUnitCode() : lead.ownerUnitCode;
        if (areaCode == null) {
            throw ProblemException.invalid("areaCode", "is required: the lead has no areaCode to default from");
        }
        access.checkOwnerUnit(ownerUnitCode);
        ProjectInput input = new ProjectInput(body.name() != null ? body.name() : lead.title, null, lead.industryCode,
                areaCode, ownerUnitCode, investor.name, investor.creditCode, null, Boolean.FALSE,
                lead.contractInvestment(), body.level() != null ? body.level() : ProjectLevel.NONE,
                body.plannedStartDate(), body.plannedCompletionDate());
        boolean preliminary = body.stage() == ConversionStage.PRELIMINARY;
        ProjectView project = projects.createFromLead(lead.id, input, preliminary, CONVERSION_REASON);
        leads.persistTransition(lead.convertedInto(project.id(), clock.today(), caller.actor(), clock.now()));
        leads.flush();
        converted.fire(new LeadConverted(lead.id, project.id()));
        return project;
    }
}
