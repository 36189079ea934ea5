package gov.district.investment.platform.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import gov.district.investment.platform.time.SupportedDates;
import gov.district.investment.platform.validation.Magnitude;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strictness that the API conventions promise: no unknown properties, no numbers for enums or
 * strings, no lone UTF-16 surrogates or NUL characters (they would fail in the JDBC driver and
 * end as 500s), no dates outside {@link SupportedDates} and no numbers beyond {@link Magnitude}
 * (found by the fuzz run: stored as MariaDB's zero date, or overflowing the rules).
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "100" is not a number and "true" is not a boolean: a wrong JSON type is a 400.
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("well-formed-text").addDeserializer(String.class, new WellFormedString())
                .addDeserializer(BigDecimal.class, new StorableDecimal())
                // wraps whichever module reads LocalDate (the JSR-310 one), whatever the order of registration
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                            JsonDeserializer<?> deserializer) {
                        return description.getBeanClass() == LocalDate.class ? new SupportedDate(deserializer) : deserializer;
                    }
                }));
    }

    /** Strings must be well-formed Unicode text; scalars other than strings are refused. */
    static final class WellFormedString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String value = p.getText();
            if (!Text.isWellFormed(value)) {
                throw InvalidFormatException.from(p, "ill-formed Unicode text", value, String.class);
            }
            return value;
        }
    }

    /** ISO dates as the JSR-310 module reads them, inside the supported range. */
    static final class SupportedDate extends DelegatingDeserializer {
        SupportedDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new SupportedDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof LocalDate date && !SupportedDates.contains(date)) {
                throw InvalidFormatException.from(p, SupportedDates.rule(), date, LocalDate.class);
            }
            return value;
        }
    }

    /** Decimals that the rules (and the columns) can handle at all. */
    static final class StorableDecimal extends StdDeserializer<BigDecimal> {
        StorableDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !Magnitude.isStorable(value)) {
                throw InvalidFormatException.from(p, Magnitude.rule(), value, BigDecimal.class);
            }
            return value;
        }
    }
}
