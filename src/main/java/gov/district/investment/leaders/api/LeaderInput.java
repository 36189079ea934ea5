package gov.district.investment.leaders.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a leader: the body of a create and the document a merge patch applies to. */
@Schema(name = "LeaderInput", description = "Writable fields of a district leader (区级领导).")
public record LeaderInput(
        @NotBlank @Size(max = 100) @Schema(example = "王建国", required = true) String name,
        @NotBlank @Size(max = 100) @Schema(example = "常务副区长", required = true, description = "职务, e.g. 区长, 常务副区长, 副区长") String title,
        @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "must be a phone number (digits, +, -, spaces)") @Schema(example = "13803350001", description = "Personal data: shown to admin and project-office only") String phone,
        @Schema(example = "true", description = "Defaults to true. A leader still assigned to projects cannot be deactivated (409).") Boolean active) {

    public LeaderInput withDefaults() {
        return new LeaderInput(name == null ? null : name.trim(), title == null ? null : title.trim(),
                phone == null || phone.isBlank() ? null : phone.trim(), active == null ? Boolean.TRUE : active);
    }
}
