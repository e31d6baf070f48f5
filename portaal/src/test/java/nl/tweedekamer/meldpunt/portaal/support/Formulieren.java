package nl.tweedekamer.meldpunt.portaal.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Sends a form as a browser does: first the page (its CSRF cookie and hidden field), then the POST with both. */
public final class Formulieren {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Formulieren() {
    }

    /** A multipart request (a form with a file) that carries the CSRF cookie and field of the page at {@code pagina}. */
    public static RequestSpecification metBestand(String pagina) {
        Response page = given().get(pagina);
        String cookie = page.getCookie("csrf-token");
        Matcher m = TOKEN.matcher(page.asString());
        if (cookie == null || !m.find()) {
            throw new AssertionError("the page " + pagina + " has no CSRF cookie or field");
        }
        // as a browser sends it: file names in UTF-8, not the strict mode's ASCII
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))).redirects().follow(false)
                .cookie("csrf-token", cookie).contentType("multipart/form-data; charset=UTF-8")
                .multiPart("csrf-token", m.group(1));
    }

    /** A request that carries the CSRF cookie and field of the page at {@code pagina}. */
    public static RequestSpecification vanaf(String pagina) {
        Response page = given().get(pagina);
        String cookie = page.getCookie("csrf-token");
        Matcher m = TOKEN.matcher(page.asString());
        if (cookie == null || !m.find()) {
            throw new AssertionError("the page " + pagina + " has no CSRF cookie or field");
        }
        return given().redirects().follow(false).cookie("csrf-token", cookie).formParam("csrf-token", m.group(1))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
