package org.isnad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityKeysTest
{
    @Test
    void thatAlefVariantsMeet()
    {
        assertThat(EntityKeys.normalize("إيران")).isEqualTo(EntityKeys.normalize("ايران"));
        assertThat(EntityKeys.normalize("آذار")).isEqualTo("اذار");
    }

    @Test
    void thatTehMarbutaAndAlefMaksuraMeetHehAndYeh()
    {
        assertThat(EntityKeys.normalize("العراقية")).isEqualTo(EntityKeys.normalize("العراقيه"));
        assertThat(EntityKeys.normalize("مصطفى")).isEqualTo("مصطفي");
    }

    @Test
    void thatHamzaOnWawAndYehMeetTheBareLetters()
    {
        assertThat(EntityKeys.normalize("فؤاد")).isEqualTo("فواد");
        assertThat(EntityKeys.normalize("رئيس")).isEqualTo("رييس");
    }

    @Test
    void thatAmericanSpellingsMeet()
    {
        assertThat(EntityKeys.normalize("الأميركية")).isEqualTo(EntityKeys.normalize("الأمريكية"));
        assertThat(EntityKeys.normalize("أميركا")).isEqualTo(EntityKeys.normalize("أمريكا"));
    }

    @Test
    void thatDiacriticsAndSpacesAreDropped()
    {
        assertThat(EntityKeys.normalize("  الْعِرَاق   الجديد ")).isEqualTo("العراق الجديد");
    }

    @Test
    void thatKeysJoinTypeAndNameWithUnderscores()
    {
        assertThat(EntityKeys.key("PER", "مصطفى الكاظمي")).isEqualTo("PER:مصطفي_الكاظمي");
    }
}
