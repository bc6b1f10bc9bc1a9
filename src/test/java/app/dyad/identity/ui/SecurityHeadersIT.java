package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every response (pages, the sign-in page, refusals, the not-found page and static files) carries the security
 * headers; everything but the static bundles and the theme stylesheet is also never stored by the browser.
 * Plain HTTP against the running app, as a browser or {@code curl -sI} sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
class SecurityHeadersIT {

    private static final String COUNSELOR = "counselor@headers.dyad";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    private HttpClient http;

    @BeforeEach
    void openClient() {
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                BodyHandlers.ofString());
    }

    /** Signs in through the real form, as the browser does: the CSRF token comes from the sign-in page. */
    private void signInAsCounselor() throws IOException, InterruptedException {
        testAccounts.ensure(COUNSELOR, "Hedda Headers", Role.COUNSELOR);
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(COUNSELOR, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse(""))
                .as("signed in")
                .doesNotContain("error");
        assertThatCarriesTheSecurityHeaders("POST /login", response);
        assertThatIsNeverStored("POST /login", response);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static void assertThatCarriesTheSecurityHeaders(String what, HttpResponse<?> response) {
        String description = what + " (status " + response.statusCode() + ", headers "
                + response.headers().map() + ")";
        assertThat(header(response, "Content-Security-Policy"))
                .as("CSP of %s", description)
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("form-action 'self'");
        assertThat(header(response, "X-Content-Type-Options")).as(description).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).as(description).isEqualTo("same-origin");
        assertThat(header(response, "Permissions-Policy"))
                .as(description)
                .contains("camera=()")
                .contains("microphone=()")
                .contains("geolocation=()");
        assertThat(header(response, "X-Frame-Options")).as(description).isEqualTo("DENY");
    }

    private static void assertThatIsNeverStored(String what, HttpResponse<?> response) {
        assertThat(header(response, "Cache-Control"))
                .as("Cache-Control of %s (status %d)", what, response.statusCode())
                .contains("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/caseload", "/no-such-page", "/admin/users"})
    void everyPageForSomeoneNotSignedInCarriesTheHeadersAndIsNeverStored(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThatCarriesTheSecurityHeaders(path, response);
        assertThatIsNeverStored(path, response);
    }

    @Test
    void theSignInPageItselfIsServedWithTheHeaders() throws Exception {
        HttpResponse<String> response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatCarriesTheSecurityHeaders("/login", response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/caseload", "/no-such-page", "/admin/users"})
    void aSignedInCounselorsPagesRefusalsAndNotFoundCarryTheHeadersAndAreNeverStored(String path) throws Exception {
        signInAsCounselor();

        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as("status of %s", path).isIn(200, 403, 404);
        assertThatCarriesTheSecurityHeaders(path, response);
        assertThatIsNeverStored(path, response);
    }

    @Test
    void theThemeStylesheetCarriesTheHeadersAndMayBeCached() throws Exception {
        HttpResponse<String> response = get("/themes/dyad/styles.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatCarriesTheSecurityHeaders("/themes/dyad/styles.css", response);
        assertThat(header(response, "Cache-Control")).doesNotContain("no-store");
    }
}
