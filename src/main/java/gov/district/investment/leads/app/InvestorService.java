package gov.district.investment.leads.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.leads.api.InvestorFilter.InvestorQuery;
import gov.district.investment.leads.api.InvestorInput;
import gov.district.investment.leads.api.InvestorView;
import gov.district.investment.leads.domain.Investor;
import gov.district.investment.leads.persistence.InvestorRepository;
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

/** Investors (投资方): one per unified social credit code; contacts only for those who work the pool. */
@ApplicationScoped
public class InvestorService {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("id", "id", "id", "name", "name", "type", "type",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private static final MergePatch.ReadOnly READ_ONLY = MergePatch.ReadOnly.of(Set.of("id", "createdAt", "updatedAt"));
    private static final Inputs.Rules<InvestorInput> INPUT = Inputs.Rules.of(InvestorInput.class, READ_ONLY)
            .defaults(InvestorInput::withDefaults);

    private final InvestorRepository investors;
    private final LeadAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final AuditTrail audit;
    private final Inputs inputs;
    private final TotalsCache totals;

    public InvestorService(InvestorRepository investors, LeadAccess access, ReferenceData reference, BusinessClock clock,
            AuditTrail audit, Inputs inputs, TotalsCache totals) {
        this.investors = investors;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.audit = audit;
        this.inputs = inputs;
        this.totals = totals;
    }

    @Transactional
    @RetryOnConflict
    public InvestorView create(InvestorInput request) {
        InvestorInput input = inputs.created(request, INPUT);
        checkRules(input, null);
        Investor investor = Investor.of(clock.now());
        apply(investor, input);
        investors.persistAndFlush(investor);
        return view(investor);
    }

    public InvestorView get(long id) {
        return view(find(id));
    }

    public Page<InvestorView> list(InvestorQuery query, PageRequest page) {
        PanachePaging.Slice<Investor> slice = investors.list(query, page, totals);
        boolean contacts = access.seesContacts();
        return Page.of(slice.items().stream().map(i -> InvestorView.of(i, contacts)).toList(), page, slice.total());
    }

    /** RFC 7396 merge patch; contacts are replaced as a whole (an array in a merge patch always is). */
    @Transactional
    @RetryOnConflict
    public InvestorView patch(long id, JsonNode patch, IfMatch ifMatch) {
        ObjectNode changes = MergePatch.object(patch);
        Investor investor = find(id);
        ifMatch.check(investor.version);
        InvestorView current = InvestorView.of(investor, true);
        Optional<InvestorInput> changed = inputs.changed(changes, current, current.version(), current.input().withDefaults(),
                INPUT);
        if (changed.isEmpty()) {
            return view(investor);
        }
        InvestorInput input = changed.get();
        checkRules(input, id);
        apply(investor, input);
        investor.updatedAt = clock.now();
        investors.flush();
        return view(investor);
    }

    public Page<HistoryEntry> history(long id, PageRequest page) {
        boolean contacts = access.seesContacts();
        Page<HistoryEntry> entries = audit.history(Investor.class, id, i -> InvestorView.of(i, contacts), page);
        if (entries.totalItems() == 0) {
            throw new NotFound("Investor", id);
        }
        return entries;
    }

    private Investor find(long id) {
        return investors.findByIdOptional(id).orElseThrow(() -> new NotFound("Investor", id));
    }

    private InvestorView view(Investor investor) {
        return InvestorView.of(investor, access.seesContacts());
    }

    /** Reference codes, then the credit code's uniqueness (the unique key backs it under concurrency). */
    private void checkRules(InvestorInput input, Long investorId) {
        List<FieldError> errors = new ArrayList<>();
        reference.checkIndustry("industryCode", input.industryCode(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (input.creditCode() != null) {
            Investor other = investors.byCreditCode(input.creditCode());
            if (other != null && !Objects.equals(other.id, investorId)) {
                throw new ProblemException(ProblemType.DUPLICATE,
                        "Investor " + other.id + " (" + other.name + ") already has creditCode " + input.creditCode(),
                        List.of(new FieldError("creditCode", "already used by investor " + other.id)))
                        .with("investorId", other.id);
            }
        }
    }

    private static void apply(Investor investor, InvestorInput input) {
        investor.name = input.name();
        investor.creditCode = input.creditCode();
        investor.origin = input.origin();
        investor.type = input.type();
        investor.fortune500 = input.fortune500();
        investor.industryCode = input.industryCode();
        investor.contacts = input.contacts();
    }
}
