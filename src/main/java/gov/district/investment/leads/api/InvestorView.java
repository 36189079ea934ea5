package gov.district.investment.leads.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.district.investment.leads.domain.Contact;
import gov.district.investment.leads.domain.Investor;
import gov.district.investment.leads.domain.InvestorType;

@Schema(name = "Investor", description = "An investor (投资方), identified by its unified social credit code where it has one.")
public record InvestorView(
        @Schema(example = "12") Long id,
        @Schema(example = "浙江中国小商品城集团股份有限公司") String name,
        @Schema(example = "91330000742906207U") String creditCode,
        @Schema(example = "浙江省义乌市") String origin,
        InvestorType type,
        boolean fortune500,
        @Schema(example = "TRADE_LOGISTICS") String industryCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only for admin, investment-bureau and unit; absent for other roles") List<Contact> contacts,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; also the ETag") long version) {

    /** @param showContacts whether the caller may see the investor's contact persons */
    public static InvestorView of(Investor i, boolean showContacts) {
        return new InvestorView(i.id, i.name, i.creditCode, i.origin, i.type, i.fortune500, i.industryCode,
                showContacts ? i.contacts : null, i.createdAt, i.updatedAt, i.version);
    }

    public InvestorInput input() {
        return new InvestorInput(name, creditCode, origin, type, fortune500, industryCode, contacts);
    }
}
