package app.dyad.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Pages that axe checks by themselves, so no journey can forget a page: before each step a journey takes on a page
 * (and after each wait or navigation) the page is checked if its address or open dialogs are new. Playwright's
 * {@code assertThat(Page)} needs Playwright's own page class: assert on {@code page.url()} instead.
 */
final class CheckedPages {

    /** Calls that only read, register listeners or end the page: no check around them. */
    private static final Set<String> PASSIVE =
            Set.of("url", "close", "isClosed", "context", "mainFrame", "frames", "title", "viewportSize");

    private CheckedPages() {}

    static BrowserContext context(BrowserContext context, AccessibilityFindings findings) {
        return proxy(BrowserContext.class, (proxy, method, args) -> {
            Object result = call(context, method, args);
            return result instanceof Page page && method.getName().equals("newPage") ? page(page, findings) : result;
        });
    }

    static Page page(Page page, AccessibilityFindings findings) {
        return proxy(Page.class, (proxy, method, args) -> {
            String name = method.getName();
            boolean passive = method.getDeclaringClass() == Object.class
                    || PASSIVE.contains(name)
                    || name.startsWith("on")
                    || name.startsWith("off")
                    || page.isClosed();
            if (passive) {
                return call(page, method, args);
            }
            boolean arrives = name.startsWith("wait") || name.equals("navigate") || name.equals("reload");
            if (!arrives) {
                findings.checkIfNew(page);
            }
            Object result = call(page, method, args);
            if (arrives) {
                findings.checkIfNew(page);
            }
            return result;
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
