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
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        ObjectNode previous = null;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            E state = (E) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            ObjectNode snapshot = mapper.valueToTree(view.apply(state));
            snapshot.remove("version");
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
