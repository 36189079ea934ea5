package gov.district.investment.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;

/**
 * Reads the Envers audit trail of any audited entity and renders each revision through the
 * resource's own API view, so history shows exactly the fields clients know.
 */
@ApplicationScoped
public class AuditTrail {

    /** Bookkeeping fields that change on every write; not "changes" a reader cares about. */
    private static final Set<String> NOT_COMPARED = Set.of("updatedAt", "version");

    private final EntityManager em;
    private final ObjectMapper mapper;

    public AuditTrail(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** Oldest first. Empty when the id never existed. */
    public <E> List<HistoryEntry> history(Class<E> type, Object id, Function<E, ?> view) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return entries(rows, view, null);
    }

    /**
     * One page of the same, read by the database: a count, then the page's revisions and the one
     * before them (whose state is the first entry's "before"). An empty trail is a total of 0.
     */
    public <E> Page<HistoryEntry> history(Class<E> type, Object id, Function<E, ?> view, PageRequest page) {
        long total = ((Number) AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult()).longValue();
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        int before = page.offset() == 0 ? 0 : 1;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setFirstResult(page.offset() - before)
                .setMaxResults(page.size() + before)
                .getResultList();
        ObjectNode previous = null;
        if (before == 1) {
            @SuppressWarnings("unchecked")
            E state = (E) rows.get(0)[0];
            previous = snapshot(view, state);
            rows = rows.subList(1, rows.size());
        }
        return Page.of(entries(rows, view, previous), page, total);
    }

    /** Entries of consecutive revisions of one entity, oldest first; {@code previous}: the state before the first. */
    private <E> List<HistoryEntry> entries(List<Object[]> rows, Function<E, ?> view, ObjectNode previous) {
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            E state = (E) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            ObjectNode snapshot = snapshot(view, state);
            HistoryEntry.Action action = switch (revisionType) {
                case ADD -> HistoryEntry.Action.CREATED;
                case MOD -> HistoryEntry.Action.UPDATED;
                case DEL -> HistoryEntry.Action.DELETED;
            };
            JsonNode after = action == HistoryEntry.Action.DELETED ? null : snapshot;
            entries.add(new HistoryEntry(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.actor, action,
                    action == HistoryEntry.Action.UPDATED ? changedFields(previous, snapshot) : List.of(),
                    previous, after));
            previous = snapshot;
        }
        return entries;
    }

    private <E> ObjectNode snapshot(Function<E, ?> view, E state) {
        ObjectNode snapshot = mapper.valueToTree(view.apply(state));
        snapshot.remove("version");
        return snapshot;
    }

    private static List<String> changedFields(ObjectNode before, ObjectNode after) {
        List<String> changed = new ArrayList<>();
        if (before == null) {
            return changed;
        }
        for (Iterator<String> it = after.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!NOT_COMPARED.contains(field) && !Objects.equals(before.get(field), after.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }
}
