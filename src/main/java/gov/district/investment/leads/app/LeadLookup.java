package gov.district.investment.leads.app;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.time.BusinessClock;

/** Finding a lead the caller may see (or lock), and what makes one stale: shared by the lead use cases. */
@ApplicationScoped
public class LeadLookup {

    private final LeadRepository leads;
    private final LeadAccess access;
    private final BusinessClock clock;
    private final int staleAfterDays;

    public LeadLookup(LeadRepository leads, LeadAccess access, BusinessClock clock, AppConfig config) {
        this.leads = leads;
        this.access = access;
        this.clock = clock;
        this.staleAfterDays = config.leads().staleAfterDays();
    }

    /** The lead, when it exists and the caller may see it (another unit's lead is not found to a unit). */
    public Lead findVisible(long id) {
        Lead lead = leads.findByIdOptional(id).orElseThrow(() -> new NotFound("Lead", id));
        access.checkVisible(lead);
        return lead;
    }

    /** The same, with its row locked for the rest of the transaction. */
    public Lead lockVisible(long id) {
        Lead lead = leads.lock(id);
        if (lead == null) {
            throw new NotFound("Lead", id);
        }
        access.checkVisible(lead);
        return lead;
    }

    /** The cut-off of the stale filter: no follow-up for the configured days. */
    public LeadRepository.Stale stale() {
        LocalDate cutoff = clock.today().minusDays(staleAfterDays);
        return new LeadRepository.Stale(cutoff, cutoff.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }

    /** No follow-up (or, without any, no creation) within the configured days. */
    public boolean isStale(Lead lead, LocalDate today) {
        return lead.isStale(today, staleAfterDays, LocalDate.ofInstant(lead.createdAt, clock.zone()));
    }
}
