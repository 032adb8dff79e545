#include "RulesTestSupport.h"

#include "core/rules/TriggerMatcher.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

TriggerMatcher defaults()
{
    return TriggerMatcher(Policy::defaults().list(s("trigger_phrases")));
}

QStringList match(const char* text)
{
    return defaults().matches(s(text));
}

} // namespace

TEST_CASE("rules: trigger phrases match whole words only", "[rules][trigger]")
{
    CHECK(match("He said he would feel isolated.") == QStringList{s("feel isolated")});
    CHECK(match("feel isolatedness").isEmpty());
    CHECK(match("refeel isolated").isEmpty());
    CHECK(match("feel isolated") == QStringList{s("feel isolated")}); // the text's ends are boundaries
    CHECK(match("urges2").isEmpty());
    CHECK(match("2urges").isEmpty());
    CHECK(match("surges of anger").isEmpty());
    CHECK(match("_urges_") == QStringList{s("urges")}); // underscore is neither letter nor digit
    CHECK(match("Nothing of note.").isEmpty());
    CHECK(match("").isEmpty());
}

TEST_CASE("rules: trigger phrases treat hyphens and punctuation as boundaries", "[rules][trigger]")
{
    CHECK(match("self-vulnerable") == QStringList{s("vulnerable")});
    CHECK(match("vulnerable-looking") == QStringList{s("vulnerable")});
    CHECK(match("(urges)") == QStringList{s("urges")});
    CHECK(match("\"fantasies\"") == QStringList{s("fantasies")});
    CHECK(match("urges,fantasies;vulnerable") == QStringList{s("urges"), s("fantasies"), s("vulnerable")});
}

TEST_CASE("rules: trigger phrases fold case, apostrophes and white space", "[rules][trigger]")
{
    CHECK(match("HE FEELS ISOLATED") == QStringList{s("feels isolated")});
    CHECK(match("Can’t Cope any more") == QStringList{s("can't cope")}); // U+2019
    CHECK(match("can‘t cope") == QStringList{s("can't cope")});          // U+2018
    CHECK(match("canʼt cope") == QStringList{s("can't cope")});          // U+02BC
    CHECK(match("cant cope").isEmpty());
    CHECK(match("feel \t\n  isolated") == QStringList{s("feel isolated")});
    CHECK(match("feel\u00A0isolated") == QStringList{s("feel isolated")}); // no-break space is white space
    CHECK(match("feelisolated").isEmpty());
    CHECK(match("thoughts\r\nof harm") == QStringList{s("thoughts of")});
}

TEST_CASE("rules: trigger phrases use simple case folding without accent folding", "[rules][trigger]")
{
    TriggerMatcher m({s("straße"), s("café"), s("ΣΟΦΙΑ"), s("𐐨𐐨")});
    CHECK(m.matches(s("STRAßE")) == QStringList{s("straße")});
    CHECK(m.matches(s("strasse")).isEmpty()); // full folding would match; simple folding does not
    CHECK(m.matches(s("cafe")).isEmpty());    // no accent folding
    CHECK(m.matches(s("CAFÉ")) == QStringList{s("café")});
    CHECK(m.matches(s("σοφια")) == QStringList{s("ΣΟΦΙΑ")});
    CHECK(m.matches(s("𐐀𐐀!")) == QStringList{s("𐐨𐐨")}); // Deseret: folding beyond the BMP
    CHECK(m.matches(s("𐐀𐐀𐐀")).isEmpty());               // a letter beyond the BMP is not a boundary

    TriggerMatcher plain({s("cafe")});
    CHECK(plain.matches(s("cafe\u0301")).isEmpty()); // a combining accent continues the word
    CHECK(plain.matches(s("café")).isEmpty());
    CHECK(plain.matches(s("cafe1")).isEmpty());
    CHECK(plain.matches(s("٣cafe")).isEmpty()); // any script's digits
}

TEST_CASE("rules: trigger matches come back as written, in policy order, once each", "[rules][trigger]")
{
    TriggerMatcher m({s("Feel Isolated"), s("urges"), s(" vulnerable ")});
    CHECK(m.matches(s("vulnerable; urges, urges and I feel isolated; feel isolated")) ==
          QStringList{s("Feel Isolated"), s("urges"), s(" vulnerable ")});
    // A failed boundary at the first occurrence does not hide a later one.
    CHECK(m.matches(s("surges then urges")) == QStringList{s("urges")});
    CHECK(m.phrases().size() == 3);
    CHECK(TriggerMatcher::normalise(s("A\u2019B  \tC")) == s("a'b c"));
}

TEST_CASE("rules: trigger matching is fast enough for a force's entries", "[rules][trigger][volume]")
{
    // Not a timed assertion (benchmarks live in bench/): this only proves the path runs over
    // a realistic volume without pathological slowness and still finds what it should.
    const TriggerMatcher m = defaults();
    const QString text = s("Visited at home; he was calm and spoke about work, his family and the allotment. "
                           "Verified employment with the manager. No concerns raised. Next visit planned.");
    const QString hit = text + s(" He said he can’t cope.");
    int found = 0;
    for (int i = 0; i < 20000; ++i) {
        found += m.matches(i % 100 == 0 ? hit : text).size();
    }
    CHECK(found == 200);
}
