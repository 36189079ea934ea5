package gov.district.investment.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An industry (产业), seeded by migration. */
@Entity
@Immutable
@Table(name = "ref_industry")
public class Industry {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
