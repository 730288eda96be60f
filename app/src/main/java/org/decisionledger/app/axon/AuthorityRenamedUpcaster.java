package org.decisionledger.app.axon;

import org.decisionledger.kernel.authority.AuthorityRenamed;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The worked example of changing an event (see "How to change an event" in the README):
 * {@link AuthorityRenamed} revision 1 becomes revision 2, which added {@code previousName}.
 * Revision 1 never recorded the previous name, so revision-1 events read with it null, saying so
 * explicitly rather than guessing it ({@link FieldAddedUpcaster}).
 */
@Component
@Order(0)
class AuthorityRenamedUpcaster extends FieldAddedUpcaster {

    AuthorityRenamedUpcaster() {
        super(AuthorityRenamed.class, "1", "2", "previousName");
    }
}
