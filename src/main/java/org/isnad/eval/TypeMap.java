package org.isnad.eval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps entity types of gold files and of Isnad onto the compared types: {@code --map PERS=PER,
 * GPE=LOC} renames, {@code --types PER,ORG,LOC} keeps only those (after renaming). The same map
 * applies to gold and predicted types.
 */
public final class TypeMap
{
    private final Map<String, String> renames = new HashMap<>();
    private final Set<String> types = new LinkedHashSet<>();

    /**
     * @param mapSpec comma-separated {@code FROM=TO} pairs, or null
     * @param typesSpec comma-separated compared types, or null for all
     */
    public TypeMap(String mapSpec, String typesSpec)
    {
        if (mapSpec != null && !mapSpec.isBlank()) {
            for (String pair : mapSpec.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalArgumentException("--map expects FROM=TO pairs, not: " + pair);
                }
                renames.put(parts[0].strip(), parts[1].strip());
            }
        }
        if (typesSpec != null && !typesSpec.isBlank()) {
            for (String type : typesSpec.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.strip());
                }
            }
        }
    }

    /** The compared type of {@code type}, or null when it is not compared. */
    public String map(String type)
    {
        String mapped = renames.getOrDefault(type, type);
        return types.isEmpty() || types.contains(mapped) ? mapped : null;
    }

    /** The compared types, or empty for all. */
    public Set<String> types()
    {
        return types;
    }
}
