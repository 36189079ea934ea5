package gov.district.investment.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A responsible unit (责任单位): a bureau, a park's management committee, a town government. */
@Entity
@Immutable
@Table(name = "ref_unit")
public class Unit {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    /** BUREAU, PARK_ADMIN or TOWN. */
    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
