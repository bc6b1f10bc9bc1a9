package app.dyad;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Dyad: practice management for couples counselling. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/dyad/styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "color-scheme", content = "light dark")
public class DyadApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DyadApplication.class, args);
    }
}
