package nl.tweedekamer.meldpunt.melding.config;

import io.smallrye.config.ConfigMapping;

/** Pattern signals (domain.md §4.8): from how many meldingen, and from what unit size without consent. */
@ConfigMapping(prefix = "meldpunt.melding.pattern")
public interface PatternConfig {

    /** 003 L6513: "3 of meer gelijksoortige signalen". */
    int threshold();

    int minimumUnitSize();
}
