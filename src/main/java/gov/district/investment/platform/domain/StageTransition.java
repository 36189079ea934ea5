package gov.district.investment.platform.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every recorded move of a stage machine keeps (a project's, a lead's): when it took effect,
 * why, who recorded it and when. Rows are only ever inserted. Each subclass adds its owner and
 * its typed from and to stages.
 */
@MappedSuperclass
public abstract class StageTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false, length = 255)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
