package org.isnad.ner;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * OpenNLP name-finder factory with Isnad's context generator ({@link IsnadNameContextGenerator})
 * instead of an XML feature-generator descriptor. Its class name is stored in the model's
 * manifest, so a trained model loads with the same features wherever Isnad is on the class path.
 */
public class IsnadNameFinderFactory
    extends TokenNameFinderFactory
{
    public IsnadNameFinderFactory()
    {
        super();
    }

    @Override
    public NameContextGenerator createContextGenerator()
    {
        return new IsnadNameContextGenerator();
    }
}
