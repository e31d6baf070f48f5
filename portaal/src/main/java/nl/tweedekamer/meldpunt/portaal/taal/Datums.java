package nl.tweedekamer.meldpunt.portaal.taal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/** Dates as people read them, in the page's language and in Dutch time: {@code {d.datum}}, {@code {t.moment}}. */
@TemplateExtension
public final class Datums {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Datums() {
    }

    static String datum(LocalDate date, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale(locale)).format(date);
    }

    /** A due date, with its weekday: "maandag 21 december 2026". */
    static String dag(LocalDate date, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale(locale)).format(date);
    }

    static String moment(OffsetDateTime time, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return time == null ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale(locale))
                        .format(time.atZoneSameInstant(NEDERLAND));
    }

    private static Locale locale(Object attribute) {
        if (attribute instanceof Locale l) {
            return l;
        }
        return attribute == null ? Locale.forLanguageTag("nl") : Locale.forLanguageTag(attribute.toString());
    }
}
