package gov.district.investment.platform.security;

import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/me")
@Tag(name = "me")
@Authenticated
public class MeResource {

    @Schema(name = "Me", description = "The caller as this service sees it.")
    public record Me(
            @Schema(example = "zhang.wei@fgj.district.gov") String actor,
            @Schema(example = "4b1c0f5e") String subject,
            @Schema(example = "[\"unit\"]") Set<String> roles,
            @Schema(example = "FGJ", description = "unit_code claim; present for role unit") String unitCode,
            @Schema(example = "7", description = "leader_id claim; present for role leader") Long leaderId) {
    }

    private final Caller caller;

    public MeResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe", summary = "Who am I", description = "The identity recorded in the audit trail for this token, its roles and the unit and leader it acts for. Front-ends use it to decide what to show.")
    public Me me() {
        return new Me(caller.actor(), caller.subject(), caller.roles(), caller.unitCode().orElse(null),
                caller.leaderId().orElse(null));
    }
}
