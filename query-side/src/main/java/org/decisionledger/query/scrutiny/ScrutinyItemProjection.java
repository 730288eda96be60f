package org.decisionledger.query.scrutiny;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.decisionledger.kernel.common.MetadataKeys;
import org.decisionledger.kernel.scrutiny.ScrutinyItemRecorded;
import org.decisionledger.query.common.Documents;
import org.decisionledger.query.common.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scrutiny items register. An item is recorded once, so each event becomes one row; a batch of
 * events is written with one statement ({@link ProjectionBatch}), and a row is replaced only by a
 * newer sequence of its item, so redelivery and replay are harmless.
 */
@Component
@ProcessingGroup(ScrutinyItemProjection.PROCESSING_GROUP)
class ScrutinyItemProjection {

    static final String PROCESSING_GROUP = "scrutiny-items";

    private final JdbcTemplate jdbc;

    ScrutinyItemProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ScrutinyItemRecorded event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, MetaData metaData) {
        Object actor = metaData.get(MetadataKeys.ACTOR);
        ProjectionBatch.current(Batch.class, () -> new Batch(jdbc))
                .items.add(ScrutinyItemView.of(event, sequence, recordedAt, actor == null ? null : actor.toString()));
    }

    /** The items a batch of events recorded, written once. */
    static final class Batch implements ProjectionBatch {

        private final JdbcTemplate jdbc;
        private final List<ScrutinyItemView> items = new ArrayList<>();

        Batch(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void flush() {
            if (items.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("""
                    INSERT INTO scrutiny_item_view (scrutiny_item_id, authority_id, committee, meeting_date, title,
                        document, version, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                    ON CONFLICT (scrutiny_item_id) DO UPDATE SET
                        authority_id = excluded.authority_id, committee = excluded.committee,
                        meeting_date = excluded.meeting_date, title = excluded.title, document = excluded.document,
                        version = excluded.version, recorded_at = excluded.recorded_at
                    WHERE scrutiny_item_view.version < excluded.version""",
                    items.stream().map(item -> new Object[] {item.id(), item.authorityId(), item.committee(),
                            item.meetingDate(), item.title(), Documents.write(item), item.version(),
                            Timestamp.from(item.recordedAt())}).toList());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM scrutiny_item_view");
    }
}
