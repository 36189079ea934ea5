package gov.district.investment.leaders.api;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.Params;

/** Query parameters of the inspections across protected projects. */
public class InspectionFilter {

    @QueryParam("projectId")
    @Parameter(description = "Only this project's inspections", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String projectId;

    @QueryParam("from")
    @Parameter(description = "Inspection date on or after", schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-01-01"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Inspection date on or before", schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-31"))
    public String to;

    @QueryParam("agency")
    @Parameter(description = "Agency contains", example = "市场监督")
    public String agency;

    public InspectionQuery toQuery() {
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.badParameter("to", "must not be before from");
        }
        return new InspectionQuery(Params.optionalId("projectId", projectId), fromDate, toDate,
                Params.text("agency", agency, 100));
    }

    public record InspectionQuery(Long projectId, LocalDate from, LocalDate to, String agency) {

        public static InspectionQuery ofProject(long projectId) {
            return new InspectionQuery(projectId, null, null, null);
        }
    }
}
