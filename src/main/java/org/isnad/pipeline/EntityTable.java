package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** One row per named-entity mention: document, begin, end, type, identifier, text. */
public class EntityTable
    implements CasTable
{
    private static final List<Column> COLUMNS = List.of(
            new Column("document", ColumnType.STRING), new Column("begin", ColumnType.INT),
            new Column("end", ColumnType.INT), new Column("type", ColumnType.STRING),
            new Column("identifier", ColumnType.STRING), new Column("text", ColumnType.STRING));

    @Override
    public String name()
    {
        return "entities";
    }

    @Override
    public List<Column> columns()
    {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(JCas jcas, String document)
    {
        List<Object[]> rows = new ArrayList<>();
        for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
            rows.add(new Object[] { document, entity.getBegin(), entity.getEnd(),
                    entity.getValue(), entity.getIdentifier(), entity.getCoveredText() });
        }
        return rows;
    }
}
