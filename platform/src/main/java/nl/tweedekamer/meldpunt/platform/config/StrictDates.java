package nl.tweedekamer.meldpunt.platform.config;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import jakarta.inject.Singleton;

import nl.tweedekamer.meldpunt.platform.problem.FieldExplanation;

/**
 * A date is written as 2024-06-01 and nothing else: no epoch-day numbers, no timestamps cut to a day
 * (which could shift it by one), and no year outside {@link SaneDates} (a year like +999999999 would
 * overflow every term computed from it).
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        // wraps whichever LocalDate deserializer the JSR-310 module supplies (a second one registered beside it
        // would not reliably win the lookup)
        mapper.registerModule(new SimpleModule("meldpunt-sane-dates").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == LocalDate.class ? new SaneLocalDate(deserializer) : deserializer;
            }
        }));
    }

    /** The JSR-310 deserializer (strict, as configured above), then the range check. */
    static final class SaneLocalDate extends DelegatingDeserializer {

        SaneLocalDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new SaneLocalDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object date = super.deserialize(parser, context);
            if (date instanceof LocalDate day && !SaneDates.contains(day)) {
                throw new DateOutOfRange(parser);
            }
            return date;
        }
    }

    /** A well-formed date outside {@link SaneDates}; the problem mapper names the field and the range. */
    static final class DateOutOfRange extends MismatchedInputException implements FieldExplanation {

        DateOutOfRange(JsonParser parser) {
            super(parser, "date out of range", LocalDate.class);
        }

        @Override
        public String explanation() {
            return "must be " + SaneDates.RANGE + ".";
        }
    }
}
