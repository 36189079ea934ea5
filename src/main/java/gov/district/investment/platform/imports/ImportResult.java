package gov.district.investment.platform.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did, row by row (rows numbered as in the spreadsheet: the header is row 1).")
public record ImportResult(
        @Schema(example = "per-row", enumeration = {
                "per-row", "all-or-nothing" }) String mode,
        @Schema(example = "12") int totalRows,
        @Schema(example = "10") int created,
        @Schema(example = "2") int refused,
        List<RowResult> rows){

    @Schema(name = "ImportRowResult")
    public record RowResult(
            @Schema(example = "2") int row,
            @Schema(enumeration = {
                    "CREATED", "REFUSED",
                    "NOT_CREATED" }, description = "NOT_CREATED: valid, but all-or-nothing and another row was refused") String status,
            @Schema(example = "1024", description = "The created record") Long id,
            List<RowError> errors){
    }

    @Schema(name = "ImportRowError")
    public record RowError(@Schema(example = "总投资(万元)") String column,
            @Schema(example = "must be greater than 0") String message) {
    }
}
