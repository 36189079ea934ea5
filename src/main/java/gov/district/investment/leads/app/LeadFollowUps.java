package gov.district.investment.leads.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.district.investment.leads.api.FollowUpInput;
import gov.district.investment.leads.api.FollowUpView;
import gov.district.investment.leads.domain.FollowUp;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;

/** The follow-ups (跟进记录) of a lead, which move its last and next follow-up dates. */
@ApplicationScoped
public class LeadFollowUps {

    private final LeadLookup lookup;
    private final LeadRepository leads;
    private final LeadAccess access;
    private final BusinessClock clock;
    private final Caller caller;

    public LeadFollowUps(LeadLookup lookup, LeadRepository leads, LeadAccess access, BusinessClock clock, Caller caller) {
        this.lookup = lookup;
        this.leads = leads;
        this.access = access;
        this.clock = clock;
        this.caller = caller;
    }

    /** Records a follow-up and moves the lead's lastFollowUpDate and nextFollowUpDate. */
    @Transactional
    @RetryOnConflict
    public FollowUpView followUp(long id, FollowUpInput input) {
        Lead lead = lookup.findVisible(id);
        access.checkWrite(lead);
        LocalDate today = clock.today();
        LocalDate date = input.date() == null ? today : input.date();
        List<FieldError> errors = new ArrayList<>();
        if (date.isAfter(today)) {
            errors.add(new FieldError("date", "must not be in the future (today is " + today + ")"));
        }
        if (input.nextFollowUpDate() != null && input.nextFollowUpDate().isBefore(date)) {
            errors.add(new FieldError("nextFollowUpDate", "must not be before date " + date));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.now();
        lead.followedUp(date, input.nextFollowUpDate(), now);
        FollowUp followUp = new FollowUp();
        followUp.leadId = lead.id;
        followUp.date = date;
        followUp.kind = input.kind();
        followUp.summary = input.summary().trim();
        followUp.nextStep = input.nextStep() == null || input.nextStep().isBlank() ? null : input.nextStep().trim();
        followUp.nextFollowUpDate = input.nextFollowUpDate();
        followUp.actor = caller.actor();
        followUp.recordedAt = now;
        leads.persistFollowUp(followUp);
        leads.flush();
        return FollowUpView.of(followUp);
    }

    /** Newest first. */
    public Page<FollowUpView> followUps(long id, PageRequest page) {
        lookup.findVisible(id);
        return leads.followUps(id, page).map(FollowUpView::of);
    }

    public FollowUpView followUp(long id, long followUpId) {
        lookup.findVisible(id);
        FollowUp followUp = leads.followUp(id, followUpId);
        if (followUp == null) {
            throw new NotFound("Follow-up", followUpId + " of lead " + id);
        }
        return FollowUpView.of(followUp);
    }
}
