package org.decisionledger.query.replay;

import java.lang.reflect.Proxy;

/** Stand-ins for Axon's interfaces in the coordination's unit tests, answering by method name. */
final class StandIns {

    private StandIns() {
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    static <T> T stand(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                        : method.getName().equals("equals") ? proxy == args[0]
                        : answer.answer(method.getName(), args)));
    }
}
