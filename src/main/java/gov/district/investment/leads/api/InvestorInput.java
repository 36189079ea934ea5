package gov.district.investment.leads.api;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.Contact;
import gov.district.investment.leads.domain.InvestorType;
import gov.district.investment.platform.validation.CreditCode;

/** The writable fields of an investor: the body of a create and the document a merge patch applies to. */
@Schema(name = "InvestorInput", description = "Writable fields of an investor (投资方).")
public record InvestorInput(
        @NotBlank @Size(max = 200) @Schema(example = "浙江中国小商品城集团股份有限公司", required = true) String name,
        @CreditCode @Schema(example = "91330000742906207U", description = "统一社会信用代码, 18 characters, check digit validated; unique among investors when present") String creditCode,
        @Size(max = 100) @Schema(example = "浙江省义乌市", description = "来源地: province/city, or the country for foreign investors") String origin,
        @NotNull @Schema(example = "PRIVATE", required = true) InvestorType type,
        @Schema(example = "false", description = "世界500强; default false") Boolean fortune500,
        @Size(max = 32) @Schema(example = "TRADE_LOGISTICS", description = "Code from /api/v1/reference/industries") String industryCode,
        @Valid @Size(max = 20) @Schema(description = "Contact persons; hidden from reader, leader and project-office") List<Contact> contacts) {

    public InvestorInput withDefaults() {
        return new InvestorInput(trim(name),
                creditCode == null || creditCode.isBlank() ? null : creditCode.trim().toUpperCase(Locale.ROOT),
                trim(origin), type, fortune500 == null ? Boolean.FALSE : fortune500, trim(industryCode),
                contacts == null ? List.of() : List.copyOf(contacts));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
