package org.decisionledger.query.scrutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.decisionledger.query.common.Documents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the scrutiny items register. */
@Repository
public class ScrutinyItemRegister {

    private final JdbcTemplate jdbc;

    ScrutinyItemRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ScrutinyItemView> find(String scrutinyItemId) {
        return jdbc.query("SELECT document::text FROM scrutiny_item_view WHERE scrutiny_item_id = ?",
                (rs, row) -> Documents.read(rs.getString(1), ScrutinyItemView.class), scrutinyItemId).stream()
                .findFirst();
    }

    /** Items of one council (every council when null), newest meeting first, at most {@code limit}. */
    public List<ScrutinyItemView> newestFirst(String authority, int limit) {
        return newestFirst(authority, 0, limit);
    }

    /** Page {@code page} (from 0) of {@link #newestFirst(String, int)}, {@code size} items a page. */
    public List<ScrutinyItemView> newestFirst(String authority, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT document::text FROM scrutiny_item_view");
        List<Object> arguments = new ArrayList<>();
        if (authority != null) {
            sql.append(" WHERE authority_id = ?");
            arguments.add(authority);
        }
        sql.append(" ORDER BY meeting_date DESC, recorded_at DESC, scrutiny_item_id LIMIT ? OFFSET ?");
        arguments.add(size);
        arguments.add((long) page * size);
        return jdbc.query(sql.toString(), (rs, row) -> Documents.read(rs.getString(1), ScrutinyItemView.class),
                arguments.toArray());
    }
}
