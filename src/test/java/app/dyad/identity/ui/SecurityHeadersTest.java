package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
class SecurityHeadersTest {

    private static HttpClient http;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openClient() {
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void closeClient() {
        http.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/caseload", "/no-such-page", "/themes/dyad/styles.css"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);

        String csp = header(response, "Content-Security-Policy");
        assertThat(csp)
                .as("CSP of %s (status %d)", path, response.statusCode())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("form-action 'self'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(response, "Permissions-Policy"))
                .contains("camera=()")
                .contains("microphone=()")
                .contains("geolocation=()");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/caseload", "/no-such-page"})
    void pagesAreNeverStored(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(header(response, "Cache-Control"))
                .as("Cache-Control of %s (status %d)", path, response.statusCode())
                .contains("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/no-such-page"})
    void theSignInAndNotFoundPagesAreServedWithTheHeadersNotJustRedirects(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as("status of %s", path).isIn(200, 404);
        assertThat(header(response, "Content-Security-Policy")).contains("script-src");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/themes/dyad/styles.css"})
    void theThemeStylesheetIsServedAndMayBeCached(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Cache-Control")).doesNotContain("no-store");
    }
}
