package org.decisionledger.app.axon;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a deterministic sample of any message record: every component gets a value derived from
 * its type and name, so a new event is pinned without anyone writing a sample by hand.
 */
final class SampleValues {

    private SampleValues() {
    }

    static Object sample(Class<?> type) {
        return value(type, type, type.getSimpleName(), 0);
    }

    private static Object value(Class<?> raw, Type generic, String name, int depth) {
        if (raw == String.class) {
            return name;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == int.class || raw == Integer.class) {
            return 3;
        }
        if (raw == long.class || raw == Long.class) {
            return 7L;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("1000000.00");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2023, 9, 21);
        }
        if (raw == LocalTime.class) {
            return LocalTime.of(16, 0);
        }
        if (raw == Instant.class) {
            return Instant.parse("2023-09-21T09:30:00Z");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class || raw == Set.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = element instanceof ParameterizedType parameterized
                    ? (Class<?>) parameterized.getRawType() : (Class<?>) element;
            if (depth > 2) {
                return raw == List.class ? List.of() : Set.of();
            }
            Object item = value(elementClass, element, name + "Item", depth + 1);
            return raw == List.class ? List.of(item) : Set.of(item);
        }
        if (raw == Map.class) {
            return Map.of(name + "Key", name + "Value");
        }
        if (raw.isRecord()) {
            return record(raw, name, depth);
        }
        throw new IllegalArgumentException("No sample value for " + raw.getName() + " (" + name + ")");
    }

    private static Object record(Class<?> type, String name, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = components.length == 1 && types[i] == String.class
                    ? name.toLowerCase() + "-1"
                    : value(types[i], components[i].getGenericType(), components[i].getName(), depth + 1);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample " + type.getName(), e);
        }
    }
}
