package org.decisionledger.command.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's seed documents, read as the importers receive them. */
final class Seeds {

    static final String STAFFORDSHIRE_DECISION = "000_e0c1191d80822cf6.txt";
    static final String BUCKINGHAMSHIRE_AGENDA_ITEM = "001_2cb3b26a7133813c.txt";
    static final String STAFFORDSHIRE_WSOA = "002_cb54acbb4f8751e0.txt";
    static final String WORCESTERSHIRE_SCRUTINY = "003_e7f5dec1037370e4.txt";
    static final String KENT_FORWARD_PLAN = "004_ae0ca96d445fd895.txt";

    private Seeds() {
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(Path.of("..", "seeds", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageText page(String name) {
        return PageText.of(bytes(name));
    }
}
