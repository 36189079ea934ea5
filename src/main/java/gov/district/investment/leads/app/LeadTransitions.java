package gov.district.investment.leads.app;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.district.investment.leads.api.LeadTransitionRequest;
import gov.district.investment.leads.api.LeadTransitionView;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.domain.LeadTransition;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;

/**
 * A lead's moves through its stage machine (CLUE → CONTACTED → NEGOTIATING → SIGNED; dropped and reopened) and their record.
 */
@ApplicationScoped
public class LeadTransitions {

    private final LeadLookup lookup;
    private final LeadRepository leads;
    private final LeadAccess access;
    private final BusinessClock clock;
    private final Caller caller;

    public LeadTransitions(LeadLookup lookup, LeadRepository leads, LeadAccess access, BusinessClock clock, Caller caller) {
        this.lookup = lookup;
        this.leads = leads;
        this.access = access;
        this.clock = clock;
        this.caller = caller;
    }

    @Transactional
    @RetryOnConflict
    public TransitionResult transition(long id, LeadTransitionRequest request, IfMatch ifMatch) {
        Lead lead = lookup.findVisible(id);
        access.checkWrite(lead);
        ifMatch.check(lead.version);
        LocalDate today = clock.today();
        LocalDate effective = request.effectiveDate() == null ? today : request.effectiveDate();
        LeadTransition transition = lead.transitionTo(request.toStage(), effective, request.reason(),
                request.signedDate(), request.contractAmount(), today, caller.actor(), clock.now());
        leads.persistTransition(transition);
        leads.flush();
        return new TransitionResult(LeadTransitionView.of(transition), lead.version);
    }

    public record TransitionResult(LeadTransitionView transition, long leadVersion) {
    }

    public Page<LeadTransitionView> transitions(long id, PageRequest page) {
        lookup.findVisible(id);
        return leads.transitions(id, page).map(LeadTransitionView::of);
    }

    public LeadTransitionView transition(long id, long transitionId) {
        lookup.findVisible(id);
        LeadTransition transition = leads.transition(id, transitionId);
        if (transition == null) {
            throw new NotFound("Transition", transitionId + " of lead " + id);
        }
        return LeadTransitionView.of(transition);
    }
}
