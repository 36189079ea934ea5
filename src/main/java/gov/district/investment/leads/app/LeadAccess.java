package gov.district.investment.leads.app;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.api.LeadFilter.LeadQuery;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.security.Roles;

/**
 * Row-level rules of the leads context. admin and investment-bureau see and write every lead; a
 * unit (claim unit_code) sees and writes only the leads it holds, and another unit's lead is 404
 * to it, not 403 (DESIGN.md); the other roles read the whole pool. Investor contacts are business
 * data of those who work the pool. The role gate itself is on the resources.
 */
@ApplicationScoped
public class LeadAccess {

    private final Caller caller;

    public LeadAccess(Caller caller) {
        this.caller = caller;
    }

    private boolean bureau() {
        return SystemActor.active() || caller.hasAnyRole(Roles.ADMIN, Roles.INVESTMENT_BUREAU);
    }

    /** The unit a unit caller is confined to; empty for everyone who sees the whole pool. */
    public Optional<String> confinedToUnit() {
        if (bureau() || !caller.hasRole(Roles.UNIT)) {
            return Optional.empty();
        }
        // a unit token without its code holds no lead: it sees none
        return Optional.of(caller.unitCode().orElse(""));
    }

    /**
     * The lists' row rule (list, funnel, export): a unit's query narrowed to the leads it holds;
     * null when its filter asks for another unit's, which it may not see.
     */
    public LeadQuery scope(LeadQuery query) {
        Optional<String> unit = confinedToUnit();
        if (unit.isEmpty()) {
            return query;
        }
        if (query.unit() != null && !query.unit().equals(unit.get())) {
            return null;
        }
        return query.onlyUnit(unit.get());
    }

    public void checkVisible(Lead lead) {
        Optional<String> unit = confinedToUnit();
        if (unit.isPresent() && !unit.get().equals(lead.ownerUnitCode)) {
            throw new NotFound("Lead", lead.id);
        }
    }

    /**
     * Writing a lead: whoever may see it among the writers' roles (admin, investment-bureau, unit),
     * a role gate that stays declarative on the resources; so the row rule is visibility itself.
     */
    public void checkWrite(Lead lead) {
        checkVisible(lead);
    }

    /** A unit creates leads for itself only and cannot hand one to another unit. */
    public void checkOwnerUnit(String ownerUnitCode) {
        Optional<String> unit = confinedToUnit();
        if (unit.isPresent() && !unit.get().equals(ownerUnitCode)) {
            throw ProblemException.forbidden("A unit holds only its own leads; ownerUnitCode must be " + unit.get());
        }
    }

    /** Investor contacts: for those who work the pool, not for reader, leader or project-office. */
    public boolean seesContacts() {
        return bureau() || caller.hasRole(Roles.UNIT);
    }
}
