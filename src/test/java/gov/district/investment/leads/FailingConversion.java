package gov.district.investment.leads;

import gov.district.investment.leads.app.LeadConverted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Test-only listener: fails the conversion of the leads listed, after the project was inserted. */
@ApplicationScoped
public class FailingConversion {

    static final Set<Long> FAIL = ConcurrentHashMap.newKeySet();

    void on(@Observes LeadConverted event) {
        if (FAIL.contains(event.leadId())) {
            throw new IllegalStateException("forced failure after project " + event.projectId() + " was inserted");
        }
    }
}
