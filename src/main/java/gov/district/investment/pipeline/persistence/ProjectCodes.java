package gov.district.investment.pipeline.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import gov.district.investment.platform.concurrency.DatabaseErrors;
import gov.district.investment.platform.config.AppConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Year-local project codes (XM-2026-0001) from a counter row per year. The row update is taken
 * inside the creating transaction, so codes are gap-free except for rolled-back creates and
 * concurrent creates queue on the row lock briefly.
 */
@ApplicationScoped
public class ProjectCodes {

    private final EntityManager em;
    private final String prefix;

    public ProjectCodes(EntityManager em, AppConfig config) {
        this.em = em;
        this.prefix = config.projectCodePrefix();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        ensureCounter(year);
        em.createNativeQuery("UPDATE project_code_counter SET last_value = last_value + 1 WHERE code_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        Number value = (Number) em.createNativeQuery("SELECT last_value FROM project_code_counter WHERE code_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        return String.format("%s-%d-%04d", prefix, year, value.longValue());
    }

    /**
     * The year's row is created in its own transaction, after a plain (non-locking) read: an
     * UPDATE that matched nothing would leave a gap lock that the INSERT would then wait on.
     */
    private void ensureCounter(int year) {
        Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM project_code_counter WHERE code_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        if (existing.longValue() > 0) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "INSERT INTO project_code_counter (code_year, last_value) VALUES (?1, 0)")
                    .setParameter(1, year)
                    .executeUpdate());
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isConstraintViolation(e)) {
                throw e;
            }
            // another request created the row first: just use it
        }
    }
}
