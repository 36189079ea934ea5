package gov.district.investment.platform.audit;

import org.hibernate.envers.RevisionListener;

import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;

/**
 * Stamps each revision with the caller. Envers instantiates listeners itself, so the request's
 * {@link Caller} is looked up through Arc; work without a request (jobs, demo data) runs under
 * {@link SystemActor}.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.actor = currentActor();
        // "when" comes from the one business clock, like updatedAt (and tests can fix it)
        try (InstanceHandle<BusinessClock> clock = Arc.container().instance(BusinessClock.class)) {
            if (clock.isAvailable()) {
                revision.timestamp = clock.get().now().toEpochMilli();
            }
        }
    }

    static String currentActor() {
        String system = SystemActor.current();
        if (system != null) {
            return system;
        }
        ArcContainer container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            try (InstanceHandle<Caller> caller = container.instance(Caller.class)) {
                if (caller.isAvailable() && caller.get().authenticated()) {
                    return caller.get().actor();
                }
            }
        }
        return SystemActor.SYSTEM;
    }
}
