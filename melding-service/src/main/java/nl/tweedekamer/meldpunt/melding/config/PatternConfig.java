package nl.tweedekamer.meldpunt.melding.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Pattern signals (domain.md §4.8): from how many meldingen, and from what unit size without consent. */
@ConfigMapping(prefix = "meldpunt.melding.pattern")
public interface PatternConfig {

    /** 003 L6513: "3 of meer gelijksoortige signalen". */
    int threshold();

    int minimumUnitSize();

    /**
     * 32 random bytes, base64: the HMAC key that turns a person's identifier into the token meldingen are matched
     * on. From the environment in production ({@code PATTERN_PERSON_KEY}); a marked development key in %local and
     * %test. When production sets none, a key is derived from the master key for this one purpose.
     */
    Optional<String> personKey();
}
