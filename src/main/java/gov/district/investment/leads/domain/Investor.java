package gov.district.investment.leads.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import gov.district.investment.platform.paging.ListTotals;

/** An investor (投资方, 战略投资者), identified by its unified social credit code where it has one. */
@Entity
@ListTotals("investor")
@Audited
@Table(name = "investor")
public class Investor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "credit_code", length = 18, columnDefinition = "char(18)")
    public String creditCode;

    /** 来源地: province/city, or country for foreign investors. */
    @Column(length = 100)
    public String origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "investor_type", nullable = false, length = 16)
    public InvestorType type;

    @Column(nullable = false)
    public boolean fortune500;

    @Column(name = "industry_code", length = 32)
    public String industryCode;

    @Convert(converter = ContactListConverter.class)
    // text: see V50 (the JSON worst case exceeds a VARCHAR that fits the row)
    @Column(columnDefinition = "text")
    public List<Contact> contacts = List.of();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Investor() {
    }

    public static Investor of(Instant now) {
        Investor investor = new Investor();
        investor.createdAt = now;
        investor.updatedAt = now;
        return investor;
    }
}
