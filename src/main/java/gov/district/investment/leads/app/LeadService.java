package gov.district.investment.leads.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.leads.api.LeadFilter.LeadQuery;
import gov.district.investment.leads.api.LeadInput;
import gov.district.investment.leads.api.LeadProject;
import gov.district.investment.leads.api.LeadView;
import gov.district.investment.leads.domain.Investor;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.persistence.InvestorRepository;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.pipeline.api.InvestmentFigures;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.json.Inputs;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.reference.app.ReferenceData;

/**
 * Registering, reading, listing and changing leads; their stage moves, follow-ups, conversion,
 * funnel and export are use cases of their own beside it. Each write is one transaction; reads
 * run without one. The pipeline is reached only through what it publishes.
 */
@ApplicationScoped
public class LeadService {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("-id", "id", "id", "title", "title",
            "intendedInvestment", "intendedInvestment", "stage", "stage", "nextFollowUpDate", "nextFollowUpDate",
            "lastFollowUpDate", "lastFollowUpDate", "createdAt", "createdAt", "updatedAt", "updatedAt");

    /**
     * Fields a client may echo unchanged in a merge patch but never change that way; the investor's
     * name and code, stale and the project lineage are derived from other records and ignored.
     */
    private static final MergePatch.ReadOnly READ_ONLY = new MergePatch.ReadOnly(Set.of("id", "stage", "droppedFrom",
            "allowedTargets", "convertible", "lastFollowUpDate", "signedDate", "contractInvestment", "duplicateConfirmed",
            "duplicateOfLeadId", "projectId", "createdAt", "updatedAt"),
            Set.of("investorName", "investorCreditCode", "stale", "project"),
            field -> field.equals("stage") ? "is read-only; use POST /api/v1/leads/{id}/transitions" : null);
    private static final Inputs.Rules<LeadInput> INPUT = Inputs.Rules.of(LeadInput.class, READ_ONLY)
            .normalise(LeadInput::normalized); // the defaults depend on the caller: given per call

    private final LeadRepository leads;
    private final InvestorRepository investors;
    private final LeadAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final AuditTrail audit;
    private final Inputs inputs;
    private final TotalsCache totals;
    private final ProjectRegistry projects;
    private final InvestmentFigures investment;
    private final LeadLookup lookup;

    public LeadService(LeadRepository leads, InvestorRepository investors, LeadAccess access, ReferenceData reference,
            BusinessClock clock, AuditTrail audit, Inputs inputs,
            TotalsCache totals, ProjectRegistry projects, InvestmentFigures investment, LeadLookup lookup) {
        this.leads = leads;
        this.investors = investors;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.audit = audit;
        this.inputs = inputs;
        this.totals = totals;
        this.projects = projects;
        this.investment = investment;
        this.lookup = lookup;
    }

    /**
     * A new CLUE. The investor's row is locked first, before anything else is read, so that two
     * units racing for one investor queue on it and the second one's duplicate check (a fresh read
     * under MariaDB's REPEATABLE READ, since nothing was read before the lock) sees the first one's lead.
     */
    @Transactional
    @RetryOnConflict
    public LeadView create(LeadInput request, boolean confirmDuplicate) {
        String unit = access.confinedToUnit().orElse(null);
        LeadInput input = inputs.created(request, INPUT.defaults(created -> created.withDefaults(unit)));
        access.checkOwnerUnit(input.ownerUnitCode());
        Investor investor = lockInvestor(input.investorId());
        Long duplicateOf = checkDuplicate(investor, input.ownerUnitCode(), null, confirmDuplicate);
        checkRules(input);
        Lead lead = Lead.open(clock.now());
        apply(lead, input);
        lead.duplicateConfirmed = duplicateOf != null;
        lead.duplicateOfLeadId = duplicateOf;
        leads.persistAndFlush(lead);
        return view(lead, investor);
    }

    public LeadView get(long id) {
        Lead lead = lookup.findVisible(id);
        return view(lead, investors.findById(lead.investorId));
    }

    public Page<LeadView> list(LeadQuery query, PageRequest page) {
        LeadQuery scoped = access.scope(query);
        if (scoped == null) {
            return Page.of(List.of(), page, 0);
        }
        PanachePaging.Slice<Lead> slice = leads.list(scoped, lookup.stale(), page, totals);
        Map<Long, Investor> byId = investors.byIds(slice.items().stream().map(l -> l.investorId).distinct().toList());
        LocalDate today = clock.today();
        return Page.of(slice.items().stream().map(l -> {
            Investor investor = byId.get(l.investorId);
            return LeadView.of(l, investor == null ? null : investor.name, investor == null ? null : investor.creditCode,
                    lookup.isStale(l, today), null);
        }).toList(), page, slice.total());
    }

    /** RFC 7396 merge patch; a change of unit or investor is checked for 撞单 like a create. */
    @Transactional
    @RetryOnConflict
    public LeadView patch(long id, JsonNode patch, IfMatch ifMatch, boolean confirmDuplicate) {
        ObjectNode changes = MergePatch.object(patch);
        // a locking read: it opens no snapshot, so the duplicate check below still reads fresh
        Lead lead = lookup.lockVisible(id);
        access.checkWrite(lead);
        ifMatch.check(lead.version);
        LeadView current = LeadView.of(lead, null, null, false, null);
        Optional<LeadInput> changed = inputs.changed(changes, current, current.version(), current.input(),
                INPUT.defaults(patched -> patched.withDefaults(null)));
        if (changed.isEmpty()) {
            return view(lead, investors.findById(lead.investorId));
        }
        LeadInput input = changed.get();
        lead.ensureChangeable();
        boolean reassigned = !input.ownerUnitCode().equals(lead.ownerUnitCode) || !input.investorId().equals(lead.investorId);
        if (!input.ownerUnitCode().equals(lead.ownerUnitCode)) {
            access.checkOwnerUnit(input.ownerUnitCode());
        }
        Investor investor = lockInvestor(input.investorId());
        if (reassigned && lead.stage().isOpen()) {
            Long duplicateOf = checkDuplicate(investor, input.ownerUnitCode(), lead.id, confirmDuplicate);
            if (duplicateOf != null) {
                lead.duplicateConfirmed = true;
                lead.duplicateOfLeadId = duplicateOf;
            }
        }
        checkRules(input);
        apply(lead, input);
        lead.updatedAt = clock.now();
        leads.flush();
        return view(lead, investor);
    }

    public Page<HistoryEntry> history(long id, PageRequest page) {
        Lead lead = leads.findById(id);
        if (lead != null) {
            access.checkVisible(lead);
        }
        Page<HistoryEntry> entries = audit.history(Lead.class, id, l -> LeadView.of(l, null, null, false, null), page);
        if (entries.totalItems() == 0) {
            throw new NotFound("Lead", id);
        }
        return entries;
    }

    private Investor lockInvestor(long investorId) {
        Investor investor = investors.lock(investorId);
        if (investor == null) {
            throw ProblemException.invalid("investorId", "unknown investor " + investorId);
        }
        return investor;
    }

    /**
     * 撞单: another unit holds an open lead on the investor. 409 naming it, unless the caller
     * confirmed; then the lead it was warned about, to be recorded.
     */
    private Long checkDuplicate(Investor investor, String unit, Long leadId, boolean confirmed) {
        List<Lead> others = leads.openOfInvestorHeldByOthers(investor.id, unit, leadId);
        if (others.isEmpty()) {
            return null;
        }
        Lead first = others.get(0);
        if (confirmed) {
            return first.id;
        }
        throw new ProblemException(ProblemType.DUPLICATE,
                "Investor " + investor.id + " (" + investor.name + ") already has open lead " + first.id + " 《" + first.title
                        + "》 held by unit " + first.ownerUnitCode
                        + " (撞单); send confirmDuplicate=true to record this one anyway")
                .with("leadId", first.id)
                .with("leadTitle", first.title)
                .with("ownerUnitCode", first.ownerUnitCode)
                .with("leadIds", others.stream().map(l -> l.id).toList());
    }

    private LeadView view(Lead lead, Investor investor) {
        LeadProject lineage = null;
        if (lead.projectId() != null) {
            // the project may have been deleted while still in PLANNING: then there is no lineage to show
            lineage = projects.registry(List.of(lead.projectId())).stream().findFirst()
                    .map(p -> new LeadProject(p.id(), p.code(), p.name(), p.stage(), p.totalInvestment(),
                            investment.completedToDate(p.id())))
                    .orElse(null);
        }
        return LeadView.of(lead, investor == null ? null : investor.name, investor == null ? null : investor.creditCode,
                lookup.isStale(lead, clock.today()), lineage);
    }

    private void checkRules(LeadInput input) {
        List<FieldError> errors = new ArrayList<>();
        reference.checkIndustry("industryCode", input.industryCode(), errors);
        reference.checkArea("areaCode", input.areaCode(), errors);
        reference.checkUnit("ownerUnitCode", input.ownerUnitCode(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Lead lead, LeadInput input) {
        lead.title = input.title();
        lead.investorId = input.investorId();
        lead.channel = input.channel();
        lead.industryCode = input.industryCode();
        lead.chainRole = input.chainRole();
        lead.intendedInvestment = input.intendedInvestment();
        lead.foreignCapitalUsd = input.foreignCapitalUsd();
        lead.landAreaMu = input.landAreaMu();
        lead.areaCode = input.areaCode();
        lead.ownerUnitCode = input.ownerUnitCode();
        lead.handlerName = input.handlerName();
        lead.nextFollowUpDate = input.nextFollowUpDate();
        lead.note = input.note();
    }

}
