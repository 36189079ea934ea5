package gov.district.investment.leaders.domain;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A short list of ids kept as a JSON array in one column (the projects a meeting takes up). */
@Converter
public class LongListConverter implements AttributeConverter<List<Long>, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<Long> values) {
        try {
            return MAPPER.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Long> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : List.copyOf(MAPPER.readValue(column, new TypeReference<List<Long>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
