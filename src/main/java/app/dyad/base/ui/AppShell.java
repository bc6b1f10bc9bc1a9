package app.dyad.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Lumo with Dyad's styles, light or dark as the person's device prefers. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/dyad/styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "color-scheme", content = "light dark")
public class AppShell implements AppShellConfigurator {}
