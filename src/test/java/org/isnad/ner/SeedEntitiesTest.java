package org.isnad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.IsnadPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * On the five seed articles (seeds/ of the repository) every person, country, city and
 * organisation is found with the right identifier, and every mention of a listed entity carries
 * that identifier and no other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEntitiesTest
{
    private AnalysisEngine engine;

    @BeforeAll
    void createEngine()
        throws Exception
    {
        engine = AnalysisEngineFactory.createEngine(IsnadPipeline.createAggregate());
    }

    private Map<String, Set<String>> identifiersByText(String seed)
        throws Exception
    {
        JCas jcas = engine.newJCas();
        jcas.setDocumentText(Files.readString(Path.of("seeds", seed), StandardCharsets.UTF_8));
        jcas.setDocumentLanguage("ar");
        engine.process(jcas);
        Map<String, Set<String>> result = new HashMap<>();
        for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
            result.computeIfAbsent(entity.getCoveredText(), k -> new HashSet<>())
                    .add(entity.getValue() + " " + entity.getIdentifier());
        }
        return result;
    }

    /** seed file; then mention=TYPE identifier pairs separated by '|'. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "000_72e4a774ec884689.txt;مصطفى الكاظمي=PER PER:مصطفي_الكاظمي|الكاظمي=PER PER:مصطفي_الكاظمي"
                + "|دونالد ترمب=PER PER:دونالد_ترمب|ترمب=PER PER:دونالد_ترمب|ترامب=PER PER:دونالد_ترمب"
                + "|العراق=GPE GPE:العراق|الولايات المتحدة=GPE GPE:الولايات_المتحده"
                + "|الولايات المتحدة الأميركية=GPE GPE:الولايات_المتحده|تركيا=GPE GPE:تركيا"
                + "|بغداد=GPE GPE:بغداد|واشنطن=GPE GPE:واشنطن|لندن=GPE GPE:لندن"
                + "|داعش=ORG ORG:داعش|البيت الأبيض=ORG ORG:البيت_الابيض|البيت الابيض=ORG ORG:البيت_الابيض"
                + "|إيلاف=ORG ORG:ايلاف|تويتر=ORG ORG:تويتر|التحالف الدولي=ORG ORG:التحالف_الدولي",
        "001_825d337026975759.txt;مصطفى الكاظمي=PER PER:مصطفي_الكاظمي|الكاظمي=PER PER:مصطفي_الكاظمي"
                + "|دونالد ترامب=PER PER:دونالد_ترمب|ترامب=PER PER:دونالد_ترمب|بارزاني=PER PER:بارزاني"
                + "|العراق=GPE GPE:العراق|طهران=GPE GPE:طهران|واشنطن=GPE GPE:واشنطن|اربيل=GPE GPE:اربيل"
                + "|أميركا=GPE GPE:الولايات_المتحده|الولايات المتحدة الأمريكية=GPE GPE:الولايات_المتحده"
                + "|تركيا=GPE GPE:تركيا|مجلس محافظة بغداد=ORG ORG:مجلس_محافظه_بغداد"
                + "|بغداد اليوم=ORG ORG:بغداد_اليوم|البيت الأبيض=ORG ORG:البيت_الابيض|داعش=ORG ORG:داعش",
        "002_c9c9a7990dd98d9d.txt;مصطفى الكاظمي=PER PER:مصطفي_الكاظمي|فؤاد حسين=PER PER:فواد_حسين"
                + "|حسين=PER PER:فواد_حسين|أنتوني بلينكن=PER PER:انتوني_بلينكن"
                + "|انتوني بلينكن=PER PER:انتوني_بلينكن|واشنطن=GPE GPE:واشنطن|إيران=GPE GPE:ايران"
                + "|إيطاليا=GPE GPE:ايطاليا|روما=GPE GPE:روما|الإكوادور=GPE GPE:الاكوادور"
                + "|العراق=GPE GPE:العراق|داعش=ORG ORG:داعش",
        "003_dac1cc83cc4776b9.txt;مصطفى الكاظمي=PER PER:مصطفي_الكاظمي|الكاظمي=PER PER:مصطفي_الكاظمي"
                + "|دونالد ترمب=PER PER:دونالد_ترمب|أحمد الصحاف=PER PER:احمد_الصحاف"
                + "|الصحاف=PER PER:احمد_الصحاف|العراق=GPE GPE:العراق|واشنطن=GPE GPE:واشنطن"
                + "|الولايات المتحدة=GPE GPE:الولايات_المتحده|أميركا=GPE GPE:الولايات_المتحده"
                + "|وكالة الأنباء العراقية=ORG ORG:وكاله_الانباء_العراقيه"
                + "|وزارة الخارجية=ORG ORG:وزاره_الخارجيه|الأمم المتحدة=ORG ORG:الامم_المتحده"
                + "|تليغرام=ORG ORG:تليغرام|داعش=ORG ORG:داعش|الحكومة العراقية=ORG ORG:الحكومه_العراقيه",
        "004_d9981d3c609c2851.txt;مصطفى الكاظمي=PER PER:مصطفي_الكاظمي|الكاظمي=PER PER:مصطفي_الكاظمي"
                + "|دونالد ترامب=PER PER:دونالد_ترمب|أحمد الصحاف=PER PER:احمد_الصحاف"
                + "|العراق=GPE GPE:العراق|واشنطن=GPE GPE:واشنطن|بغداد=GPE GPE:بغداد"
                + "|الولايات المتحدة الأميركية=GPE GPE:الولايات_المتحده"
                + "|وكالة الأنباء العراقية=ORG ORG:وكاله_الانباء_العراقيه"
                + "|وزارة الخارجية العراقية=ORG ORG:وزاره_الخارجيه_العراقيه|داعش=ORG ORG:داعش" })
    void thatEveryPersonPlaceAndOrganisationHasItsIdentifier(String seed, String expected)
        throws Exception
    {
        Map<String, Set<String>> found = identifiersByText(seed);
        for (String pair : expected.split("\\|")) {
            String[] parts = pair.split("=", 2);
            assertThat(found.get(parts[0])).as("%s in %s", parts[0], seed).containsExactly(parts[1]);
        }
    }

    @ParameterizedTest
    @CsvSource({ "000_72e4a774ec884689.txt", "001_825d337026975759.txt", "002_c9c9a7990dd98d9d.txt",
        "003_dac1cc83cc4776b9.txt", "004_d9981d3c609c2851.txt" })
    void thatPersonIdentifiersAreTheSameAcrossDocuments(String seed)
        throws Exception
    {
        Map<String, Set<String>> found = identifiersByText(seed);
        Set<String> kadhimi = new HashSet<>();
        found.forEach((text, ids) -> {
            if (text.endsWith("\u0627\u0644\u0643\u0627\u0638\u0645\u064A") || text.endsWith("لكاظمي")) {
                kadhimi.addAll(ids);
            }
        });
        assertThat(kadhimi).containsExactly("PER PER:مصطفي_الكاظمي");
    }

}
