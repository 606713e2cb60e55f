package dev.vippsmp.core.webhook;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.query.CommonQueryContract;

/**
 * The ids of a batch as a fixed number of single parameters, {@code (:id0, :id1, ...)}, for the dispatcher's
 * statements. Hibernate keeps no translation of a query with a list-valued parameter (it translates it again on
 * every execution, and its SQL has as many placeholders as the list has ids, so the database prepares and plans it
 * anew for every batch size); a fixed list is one statement, translated once and prepared once, for every batch.
 * Hibernate's own padding of list parameters would need a setting in the host's persistence unit, and keeps the
 * list-valued query untranslated all the same. A smaller batch repeats its last id, which changes nothing in an IN
 * list (and keeps the ids in order, the order in which claims lock their rows).
 */
final class BatchIds {

    private final int size;
    private final String list;

    BatchIds(int size) {
        this.size = size;
        this.list = IntStream.range(0, size).mapToObj(i -> ":id" + i).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The parenthesised list of parameters, for {@code where w.id in} */
    String list() {
        return list;
    }

    /** Binds the ids, at least one and at most the list's size, to the query's id parameters. */
    void bind(CommonQueryContract query, List<Long> ids) {
        if (ids.isEmpty() || ids.size() > size) {
            throw new IllegalArgumentException("A batch holds 1 to " + size + " ids, not " + ids.size());
        }
        for (int i = 0; i < size; i++) {
            query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)), Long.class);
        }
    }
}
