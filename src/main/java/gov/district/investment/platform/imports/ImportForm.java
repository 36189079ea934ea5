package gov.district.investment.platform.imports;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart/form-data shape of an import, for the contract only (the resource reads the part itself). */
@Schema(name = "ImportForm", description = "A multipart/form-data import: the spreadsheet in the part named file.")
public final class ImportForm {

    @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The XLSX or CSV file (its type is read from its content)")
    public String file;

    private ImportForm() {
    }
}
