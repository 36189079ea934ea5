package gov.district.investment.leads.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to talk to at an investor; kept with the investor as JSON. */
@Schema(name = "InvestorContact", description = "A contact person at an investor (business data: hidden from reader, leader and project-office).")
public record Contact(
        @NotBlank @Size(max = 50) @Schema(example = "陈志强", required = true) String name,
        @Size(max = 50) @Schema(example = "投资发展部总监") String title,
        @Size(max = 32) @Schema(example = "13905790001") String phone,
        @Size(max = 100) @Schema(example = "chenzq@example.com") String email) {
}
