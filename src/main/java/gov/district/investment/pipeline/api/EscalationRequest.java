package gov.district.investment.pipeline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EscalationRequest", description = "Raise a problem one level (分级调度).")
public record EscalationRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "涉及跨部门协调，责任单位无法独立解决", required = true) String reason) {
}
