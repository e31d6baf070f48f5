package nl.tweedekamer.meldpunt.portaal.taal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/** Numbers as people read them, in the page's language: {@code {hours.uren}} is "1,5" in Dutch, "1.5" in English. */
@TemplateExtension
public final class Getallen {

    private Getallen() {
    }

    static String uren(BigDecimal hours, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale instanceof Locale l ? l
                : Locale.forLanguageTag(locale == null ? "nl" : locale.toString()));
        format.setMaximumFractionDigits(2);
        return format.format(hours == null ? BigDecimal.ZERO : hours);
    }
}
