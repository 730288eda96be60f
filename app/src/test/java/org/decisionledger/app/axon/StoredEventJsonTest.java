package org.decisionledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.decisionledger.kernel.common.LedgerEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the stored JSON of every event. A renamed field or type changes what is already in councils'
 * databases, so it must fail here and go through an upcaster instead. A new event gets its pin file
 * written under target/event-json to be reviewed and copied into src/test/resources/event-json. A
 * pin holds the current revision; older revisions are kept beside it ({@code Name.revN.json}) and
 * their upcasters tested on them (see {@link AuthorityRenamedUpcasterTest}).
 */
class StoredEventJsonTest {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Jackson3Serializer serializer = AxonSerializerConfiguration.ledgerSerializer();

    @TestFactory
    Stream<DynamicTest> everyEventKeepsItsStoredForm() {
        List<Class<?>> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.decisionledger.kernel").stream()
                .filter(type -> type.isAssignableTo(LedgerEvent.class) && !type.isInterface())
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
        assertThat(events).as("events found in the kernel").isNotEmpty();
        return events.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> pinned(type)));
    }

    private void pinned(Class<?> type) throws IOException {
        Object sample = SampleValues.sample(type);
        SerializedObject<String> stored = serializer.serialize(sample, String.class);
        JsonNode actual = PRETTY.readTree(stored.getData());

        assertThat(stored.getType().getName()).isEqualTo(type.getName());
        assertThat(stored.getType().getRevision()).as("the revision stored is the one the event declares")
                .isEqualTo(type.getAnnotation(Revision.class).value());

        String file = "event-json/" + type.getSimpleName() + ".json";
        try (InputStream pin = getClass().getClassLoader().getResourceAsStream(file)) {
            if (pin == null) {
                Path written = Path.of("target", file);
                Files.createDirectories(written.getParent());
                Files.writeString(written, PRETTY.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
                fail("No pinned JSON for " + type.getSimpleName() + ": review " + written.toAbsolutePath()
                        + " and copy it to app/src/test/resources/" + file);
            }
            JsonNode expected = PRETTY.readTree(new String(pin.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(actual).as("stored JSON of " + type.getSimpleName()).isEqualTo(expected);

            Object loaded = serializer.deserialize(new SimpleSerializedObject<>(PRETTY.writeValueAsString(expected),
                    String.class, stored.getType()));
            assertThat(loaded).as("the pinned JSON still loads").isEqualTo(sample);
        }
    }
}
