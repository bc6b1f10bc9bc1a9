package app.dyad.identity;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Records every SQL statement the application prepares, with the thread that prepared it: lets a test say "the
 * caller's thread did the same work" without a stopwatch. Wraps the DataSource bean; nothing else changes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementsByThread implements BeanPostProcessor {

    /** One statement and the thread it ran on. */
    public record Statement(String thread, String sql) {}

    private static final List<Statement> RECORDED = new CopyOnWriteArrayList<>();

    /** Forgets what was recorded. */
    public static void clear() {
        RECORDED.clear();
    }

    /** The statements prepared on this thread, in order. */
    public static List<String> on(Thread thread) {
        return RECORDED.stream()
                .filter(s -> s.thread().equals(thread.getName()))
                .map(Statement::sql)
                .toList();
    }

    /** Every statement recorded, in order. */
    public static List<Statement> all() {
        return List.copyOf(RECORDED);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? recording(connection) : result;
            });
        }
        return bean;
    }

    private static Connection recording(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                    && args != null
                    && args[0] instanceof String sql) {
                RECORDED.add(new Statement(Thread.currentThread().getName(), sql));
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
