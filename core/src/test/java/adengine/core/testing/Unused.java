package adengine.core.testing;

import java.lang.reflect.Proxy;

/**
 * A port that a test does not expect its code to reach, such as the ledger behind a route the
 * test leaves alone: every call throws, so reaching it fails the test instead of passing unseen.
 */
public final class Unused {
    private Unused() {
    }

    public static <T> T port(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "unused " + type.getSimpleName();
                };
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName() + " is not expected in this test");
        }));
    }
}
