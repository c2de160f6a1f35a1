package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * A finished SELECT result held in memory: its columns in order and its rows. Unlike a Jena
 * {@code ResultSet} it outlives the transaction or HTTP response it was read from and can be read
 * many times.
 *
 * @param columns the result variables, without {@code ?}
 * @param rows    one binding per row; a column a row leaves unbound is absent from its binding
 */
public record ResultTable(List<String> columns, List<Binding> rows) {
    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Reads {@code rs} to its end. Each row's terms are copied out: a TDB2 row resolves its terms
     * lazily, which fails once the read transaction that made it has ended.
     */
    static ResultTable of(ResultSet rs) {
        List<String> cols = rs.getResultVars();
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            org.apache.jena.sparql.engine.binding.BindingBuilder copy = org.apache.jena.sparql.engine.binding.BindingBuilder.create();
            b.forEach(copy::add);
            rows.add(copy.build());
        }
        return new ResultTable(cols, rows);
    }

    public int size() {
        return rows.size();
    }

    /** The term in row {@code row} (from 0) and {@code column}, or null when unbound. */
    public Node get(int row, String column) {
        return rows.get(row).get(Var.alloc(column));
    }

    /** A fresh result set over the rows, for Jena's result writers. */
    public ResultSet resultSet() {
        RowSet rs = RowSetStream.create(Var.varList(columns), rows.iterator());
        return ResultSet.adapt(rs);
    }
}
