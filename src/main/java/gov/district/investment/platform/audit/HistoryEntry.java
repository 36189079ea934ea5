package gov.district.investment.platform.audit;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One audited change of a resource, as read at {@code .../history}. */
@Schema(name = "HistoryEntry", description = "One audited change: who, when, and the resource before and after.")
public record HistoryEntry(
        @Schema(example = "42") long revision,
        @Schema(example = "2026-11-27T01:15:42.123456Z") Instant at,
        @Schema(example = "li.na@fgj.district.gov") String actor,
        Action action,
        @Schema(description = "Fields whose value changed", example = "[\"totalInvestment\"]") List<String> changedFields,
        @Schema(description = "The resource before the change; absent on creation") JsonNode before,
        @Schema(description = "The resource after the change; absent on deletion") JsonNode after) {

    @Schema(name = "HistoryAction")
    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
