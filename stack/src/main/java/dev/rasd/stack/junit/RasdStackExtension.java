package dev.rasd.stack.junit;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests a {@link TestStack}: a parameter of that type on a test method, a lifecycle
 * method or the constructor is resolved to a view of the shared real Kafka and Elasticsearch, with names of its own.
 *
 * <p>The stack is started lazily, once per test JVM, and stopped when the whole test plan has run.
 */
public final class RasdStackExtension implements ParameterResolver {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SharedStack shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedStack.class, type -> new SharedStack(), SharedStack.class);
        String prefix = "t" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        return context.getStore(ExtensionContext.Namespace.create(RasdStackExtension.class, context.getUniqueId()))
                .getOrComputeIfAbsent(TestStack.class, type -> new TestStack(shared, prefix), TestStack.class);
    }
}
