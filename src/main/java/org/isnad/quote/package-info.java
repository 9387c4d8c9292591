/**
 * Quotation attribution: who said what in Arabic news.
 *
 * <h2>Components</h2>
 * <ul>
 * <li>{@link org.isnad.quote.QuotationAnnotator} — the UIMA stage (after the named-entity stage;
 * {@code IsnadPipeline.createQuotationAnnotator()}); writes {@code Quotation} (kind direct |
 * indirect | mixed, speaker, speakerId, roles), {@code QuoteSource}, {@code QuoteCue}.</li>
 * <li>{@link org.isnad.quote.QuotationFinder} — the rules, plain Java (see its Javadoc);
 * {@link org.isnad.quote.QuoteMarks} pairs quotation marks; {@link org.isnad.quote.CueLexicon}
 * and {@link org.isnad.quote.QuoteVerbForms} recognise reporting verbs by lemma, with an affix
 * stripper as fallback when a word has no Lemma annotation.</li>
 * <li>Lexicons (INCEpTION gazetteer format, {@code text<TAB>label}):
 * {@code org/isnad/lexicon/quote-cues.txt} (reporting-verb lemmas, preposition cues, source,
 * agentless, relay and formula phrases) and {@code org/isnad/lexicon/quote-speakers.txt}
 * (titles, organisation and document nouns), each loaded once as a uimaFIT shared resource
 * ({@link org.isnad.quote.CueLexiconResource}, {@link org.isnad.quote.SpeakerLexiconResource}).
 * </li>
 * <li>{@link org.isnad.quote.QuotationTable} — {@code annotate --format quotes} writes one
 * {@code quotes.tsv} per run: columns document, begin, end, kind, speaker, speakerId, cue,
 * quotation; a header line; RFC 4180 quoting with TAB as delimiter (a field holding a TAB, a line
 * break or a double quote is wrapped in double quotes, inner double quotes doubled).</li>
 * </ul>
 *
 * <h2>Evaluation and benchmark</h2>
 * <pre>
 * java -jar target/isnad.jar evaluate quotes --gold src/test/resources/quotes-gold --text seeds [--errors]
 * java -cp target/isnad.jar org.isnad.eval.QuotationBenchmark [--rounds N] FILE|DIR...
 * </pre>
 * The gold format (one JSON file per document) is described in {@link org.isnad.eval.QuoteGold};
 * the scores in {@link org.isnad.eval.QuoteEvaluator}: detection P/R/F1 with a match at 50 %
 * overlap both ways, cue F1, speaker accuracy on matched quotations (names compared after Arabic
 * normalisation without articles, one containing the other counts).
 */
package org.isnad.quote;
