package app.dyad.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo with Dyad's styles, light or dark as the person's device prefers, and Dyad's
 * icon in the tab (an SVG for browsers that draw one, a PNG for the rest and for a phone's home screen).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/dyad/styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "color-scheme", content = "light dark")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addFavIcon("icon", "icons/icon-32.png", "32x32");
        settings.addFavIcon("apple-touch-icon", "icons/icon-180.png", "180x180");
    }
}
