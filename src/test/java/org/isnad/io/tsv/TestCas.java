package org.isnad.io.tsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.dkpro.core.testing.validation.CasValidator;
import org.dkpro.core.testing.validation.Message;
import org.dkpro.core.testing.validation.checks.AllAnnotationsIndexedCheck;
import org.dkpro.core.testing.validation.checks.DependencyRootSelfLoopCheck;
import org.dkpro.core.testing.validation.checks.LemmaAttachedToTokenCheck;
import org.dkpro.core.testing.validation.checks.NoZeroSizeTokensAndSentencesCheck;
import org.dkpro.core.testing.validation.checks.PosAttachedToTokenCheck;
import org.isnad.type.EventRole;
import org.isnad.type.QuotationRole;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Builds small test CASes by naming substrings of the text: tokens are found one after the
 * other, spans by their text (and, for repeated text, the search start).
 */
public final class TestCas
{
    private final JCas jcas;
    private final String text;
    private int tokenCursor;

    private TestCas(JCas aJCas)
    {
        jcas = aJCas;
        text = aJCas.getDocumentText();
    }

    /** The test type system: the DKPro types Isnad uses, dependencies, and Isnad's own. */
    public static TypeSystemDescription typeSystem()
    {
        return TypeSystemDescriptionFactory.createTypeSystemDescription("desc.type.LexicalPhrase",
                "desc.type.LexicalUnits", "desc.type.LexicalUnits_customized",
                "desc.type.Morpheme", "desc.type.POS", "desc.type.NamedEntity",
                "desc.type.Dependency", "desc.type.metadata", "desc.type.metadata_customized",
                "org.isnad.type.IsnadTypes");
    }

    /** @return a builder for a CAS with the given text and document id. */
    public static TestCas of(String aDocumentId, String aText) throws Exception
    {
        JCas jcas = JCasFactory.createJCas(typeSystem());
        jcas.setDocumentText(aText);
        jcas.setDocumentLanguage("ar");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(aDocumentId);
        return new TestCas(jcas);
    }

    public JCas jcas()
    {
        return jcas;
    }

    /** @return the offset of the first occurrence of a substring at or after a position. */
    public int at(String aPart, int aFrom)
    {
        int i = text.indexOf(aPart, aFrom);
        if (i < 0) {
            throw new IllegalArgumentException("Not in text: [" + aPart + "]");
        }
        return i;
    }

    /** Adds a sentence over the whole text. */
    public TestCas sentence()
    {
        new Sentence(jcas, 0, text.length()).addToIndexes();
        return this;
    }

    /** Adds a sentence from the first occurrence of one substring to the end of another. */
    public TestCas sentence(String aFirst, String aLast)
    {
        int b = at(aFirst, 0);
        int e = at(aLast, b) + aLast.length();
        new Sentence(jcas, b, e).addToIndexes();
        return this;
    }

    /** Adds tokens, each found after the previous one. */
    public TestCas tokens(String... aTokens)
    {
        for (String t : aTokens) {
            int b = at(t, tokenCursor);
            new Token(jcas, b, b + t.length()).addToIndexes();
            tokenCursor = b + t.length();
        }
        return this;
    }

    /** @return the token with the given text at or after a position. */
    public Token token(String aText, int aFrom)
    {
        int b = at(aText, aFrom);
        return jcas.select(Token.class).filter(t -> t.getBegin() == b && t.getEnd() == b
                + aText.length()).findFirst().orElseThrow();
    }

    /** Attaches a lemma and a part of speech to a token. */
    public TestCas lemmaPos(String aToken, int aFrom, String aLemma, String aUpos)
    {
        Token token = token(aToken, aFrom);
        if (aLemma != null) {
            Lemma lemma = new Lemma(jcas, token.getBegin(), token.getEnd());
            lemma.setValue(aLemma);
            lemma.addToIndexes();
            token.setLemma(lemma);
        }
        if (aUpos != null) {
            POS pos = new POS(jcas, token.getBegin(), token.getEnd());
            pos.setCoarseValue(aUpos);
            pos.addToIndexes();
            token.setPos(pos);
        }
        return this;
    }

    /** Adds an annotation over the first occurrence of a substring at or after a position. */
    public <T extends Annotation> T span(Class<T> aType, String aCovered, int aFrom)
    {
        int b = at(aCovered, aFrom);
        try {
            T a = aType.getConstructor(JCas.class, int.class, int.class).newInstance(jcas, b,
                    b + aCovered.length());
            a.addToIndexes();
            return a;
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a named entity. */
    public NamedEntity entity(String aCovered, int aFrom, String aValue, String aIdentifier)
    {
        NamedEntity ne = span(NamedEntity.class, aCovered, aFrom);
        ne.setValue(aValue);
        ne.setIdentifier(aIdentifier);
        return ne;
    }

    /** @return a quotation role link. */
    public QuotationRole quotationRole(String aRole, Annotation aTarget)
    {
        QuotationRole r = new QuotationRole(jcas);
        r.setRole(aRole);
        r.setTarget(aTarget);
        return r;
    }

    /** @return an event role link. */
    public EventRole eventRole(String aRole, Annotation aTarget)
    {
        EventRole r = new EventRole(jcas);
        r.setRole(aRole);
        r.setTarget(aTarget);
        return r;
    }

    /** @return an FSArray of links. */
    @SafeVarargs
    public final <T extends org.apache.uima.jcas.cas.TOP> FSArray<T> array(T... aLinks)
    {
        FSArray<T> array = new FSArray<>(jcas, aLinks.length);
        for (int i = 0; i < aLinks.length; i++) {
            array.set(i, aLinks[i]);
        }
        return array;
    }

    /** Asserts that the CAS passes DKPro Core's validation checks. */
    public static void assertValid(JCas aJCas)
    {
        CasValidator validator = new CasValidator(AllAnnotationsIndexedCheck.class,
                LemmaAttachedToTokenCheck.class, PosAttachedToTokenCheck.class,
                NoZeroSizeTokensAndSentencesCheck.class, DependencyRootSelfLoopCheck.class);
        List<Message> errors = validator.analyze(aJCas).stream()
                .filter(m -> m.level == Message.Level.ERROR).toList();
        assertThat(errors).isEmpty();
    }
}
