package gov.district.investment.leads.domain;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Contacts are read and written only with their investor, so one JSON column is enough. */
@Converter
public class ContactListConverter implements AttributeConverter<List<Contact>, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<Contact>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Contact> contacts) {
        if (contacts == null || contacts.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contacts cannot be written as JSON", e);
        }
    }

    @Override
    public List<Contact> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(MAPPER.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored contacts are not valid JSON", e);
        }
    }
}
