package org.isnad.io.tsv;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;

/** Public access to the package-private golden-case helpers for tests in other packages. */
public final class GoldenCasesAccess
{
    private GoldenCasesAccess()
    {
    }

    public static List<String> names()
    {
        return List.copyOf(GoldenCases.CASES.keySet());
    }

    public static JCas build(String aName) throws Exception
    {
        GoldenCases.Case c = GoldenCases.CASES.get(aName);
        if (c == null) {
            throw new IllegalArgumentException("No case in code for folder " + aName);
        }
        return c.build(aName);
    }

    public static Set<String> fromTsv(Tsv3Reader aTsv)
    {
        return TsvCasComparison.fromTsv(aTsv);
    }

    public static Set<String> fromCas(JCas aJCas, List<String> aLayers,
            Map<String, String> aBaseTypes)
    {
        return TsvCasComparison.fromCas(aJCas.getCas(), aLayers, aBaseTypes);
    }
}
