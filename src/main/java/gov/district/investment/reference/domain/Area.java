package gov.district.investment.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A place: the 临港产业聚集区 zone and its parks, 片区, towns and streets. */
@Entity
@Immutable
@Table(name = "ref_area")
public class Area {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    /** ZONE, PARK, TOWN or STREET. */
    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "parent_code", length = 32)
    public String parentCode;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
