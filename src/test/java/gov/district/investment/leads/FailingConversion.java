package gov.district.investment.leads;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import gov.district.investment.leads.app.LeadConverted;

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
