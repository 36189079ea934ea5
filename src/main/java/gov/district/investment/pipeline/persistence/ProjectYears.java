package gov.district.investment.pipeline.persistence;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.domain.ProjectYear;

/**
 * Keeps {@link ProjectYear} in step with the writes it is derived from, inside their transaction
 * (mandatory: a figure written on its own could disagree with the record). Each change is one
 * single-column UPDATE, so two writers of different months of the same project never overwrite
 * each other; the first figure of a year inserts the row, and two first figures at once meet on
 * the primary key and the caller's {@code @RetryOnConflict} runs the loser again as an update.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProjectYears {

    private final EntityManager em;

    public ProjectYears(EntityManager em) {
        this.em = em;
    }

    /** The year's annual plan was written. */
    public void planned(Project project, int year, BigDecimal amount) {
        if (set(project.id, year, "plannedInvestment", amount) == 0) {
            ProjectYear figures = ProjectYear.of(project, year);
            figures.plannedInvestment = amount;
            insert(figures);
        }
    }

    /** A new revision of the month's report became current. */
    public void reported(Project project, YearMonth month, BigDecimal amount) {
        String field = ProjectYear.MONTH_FIELDS.get(month.getMonthValue() - 1);
        if (set(project.id, month.getYear(), field, amount) == 0) {
            ProjectYear figures = ProjectYear.of(project, month.getYear());
            figures.setCompleted(month.getMonthValue(), amount);
            insert(figures);
        }
    }

    /** The project's registry fields changed: its years are grouped under the new ones. */
    public void placed(Project project) {
        em.createQuery("update ProjectYear f set f.industryCode = :industry, f.areaCode = :area,"
                + " f.ownerUnitCode = :unit, f.level = :level where f.projectId = :project")
                .setParameter("industry", project.industryCode)
                .setParameter("area", project.areaCode)
                .setParameter("unit", project.ownerUnitCode)
                .setParameter("level", project.level.name())
                .setParameter("project", project.id)
                .executeUpdate();
    }

    /** {@code field} is one of ProjectYear's amount fields, never input. */
    private int set(long projectId, int year, String field, BigDecimal amount) {
        return em
                .createQuery(
                        "update ProjectYear f set f." + field + " = :amount where f.projectId = :project and f.year = :year")
                .setParameter("amount", amount)
                .setParameter("project", projectId)
                .setParameter("year", year)
                .executeUpdate();
    }

    private void insert(ProjectYear figures) {
        em.persist(figures);
        em.flush(); // a concurrent first figure of the same year surfaces here, and the write is retried
    }
}
