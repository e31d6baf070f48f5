package nl.tweedekamer.meldpunt.portaal.pagina;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.taal.Taal;

/** Renders a page in the request's language inside the common frame ({@code templates/kader.html}). */
@RequestScoped
public class Paginas {

    @Inject
    Taal taal;

    @Inject
    Aanmelding aanmelding;

    public TemplateInstance toon(Template template, String pad, Fouten fouten) {
        TemplateInstance instance = template.data("kader", new Kader(taal.code(), pad, fouten, aanmelding.ingelogd()));
        instance.setLocale(taal.locale());
        return instance;
    }

    public TemplateInstance toon(Template template, String pad) {
        return toon(template, pad, Fouten.geen());
    }
}
