package org.isnad.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.testing.validation.CasValidator;
import org.dkpro.core.testing.validation.Message;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** Checks that every test CAS must pass. */
public final class CasAssert
{
    private CasAssert()
    {
        // static utility
    }

    /**
     * DKPro's validator with all checks, plus Isnad's token contract: tokens are non-empty, do
     * not overlap, do not start or end with white space, and each lies inside one sentence.
     */
    public static void assertValid(JCas jcas)
    {
        List<Message> messages = CasValidator.createWithAllChecks().analyze(jcas);
        List<String> errors = new ArrayList<>();
        for (Message message : messages) {
            if (message.level == Message.Level.ERROR) {
                errors.add(message.toString());
            }
        }
        String text = jcas.getDocumentText();
        int previousEnd = 0;
        for (Token token : JCasUtil.select(jcas, Token.class)) {
            if (token.getBegin() >= token.getEnd()) {
                errors.add("Empty token at " + token.getBegin());
            }
            if (token.getBegin() < previousEnd) {
                errors.add("Overlapping token " + token.getCoveredText() + " at "
                        + token.getBegin());
            }
            if (Character.isWhitespace(text.charAt(token.getBegin()))
                    || Character.isWhitespace(text.charAt(token.getEnd() - 1))) {
                errors.add("Token with white space at its edge at " + token.getBegin());
            }
            if (JCasUtil.selectCovering(jcas, Sentence.class, token).size() != 1) {
                errors.add("Token not inside exactly one sentence: " + token.getCoveredText()
                        + " at " + token.getBegin());
            }
            previousEnd = token.getEnd();
        }
        assertThat(errors).as("CAS validation errors").isEmpty();
    }
}
