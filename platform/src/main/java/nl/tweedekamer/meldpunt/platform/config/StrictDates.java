package nl.tweedekamer.meldpunt.platform.config;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import jakarta.inject.Singleton;

/**
 * A date is written as 2024-06-01 and nothing else: no epoch-day numbers, no timestamps cut to a day
 * (which could shift it by one).
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    }
}
