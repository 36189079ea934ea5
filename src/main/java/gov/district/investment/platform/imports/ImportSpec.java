package gov.district.investment.platform.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one import reads: its columns in template order, each a header as users write it and the
 * API field it fills (so a refusal of that field names the column), and the template's file name.
 */
public record ImportSpec(String fileBase, String sheetName, List<Column> columns) {

    /** @param field the API field the column fills; null when it fills none (a flag such as 确认撞单) */
    public record Column(String header, String field) {
    }

    public static Column column(String header, String field) {
        return new Column(header, field);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** API field → column header. */
    public Map<String, String> headerOfField() {
        Map<String, String> out = new LinkedHashMap<>();
        columns.stream().filter(c -> c.field() != null).forEach(c -> out.put(c.field(), c.header()));
        return out;
    }
}
