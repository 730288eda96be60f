package org.decisionledger.app.axon;

import org.axonframework.serialization.ContentTypeConverter;
import org.postgresql.util.PGobject;

/** The JDBC engine reads {@code jsonb} columns as {@link PGobject}; the serializer wants their text. */
public class PgJsonToStringConverter implements ContentTypeConverter<PGobject, String> {

    @Override
    public Class<PGobject> expectedSourceType() {
        return PGobject.class;
    }

    @Override
    public Class<String> targetType() {
        return String.class;
    }

    @Override
    public String convert(PGobject original) {
        return original.getValue();
    }
}
