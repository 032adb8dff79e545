// The demo never has entries stamped later than the moment it is made, nor an
// acknowledgement (or decision) earlier than what it acknowledges, at any time of day.

#include "demo/DemoGenerator.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace somdesk;

namespace {

const QDate kToday(2026, 3, 15);

DemoOptions at(const QDateTime& moment, int nominals = 400)
{
    DemoOptions o;
    o.nominals = nominals;
    o.seed = 5;
    o.today = kToday;
    o.moment = moment;
    return o;
}

// Every instant in the bundle, and every pair that must stay in order.
struct Findings {
    QStringList late;
    QStringList outOfOrder;
    int onLastDay = 0;
};

Findings check(const Bundle& b, const QDateTime& moment)
{
    Findings f;
    const auto instant = [&](const QString& where, const QDateTime& t) {
        if (t > moment) {
            f.late << where + QStringLiteral(" at ") + t.toString(Qt::ISODate);
        }
        if (t.date() == moment.date()) {
            ++f.onLastDay;
        }
    };
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    for (const Nominal& n : b.nominals) {
        for (const Entry& e : n.entries) {
            const QString where = n.ref + QLatin1Char('/') + e.id;
            instant(where, e.at);
            for (const Acknowledgement& a : e.acknowledged) {
                instant(where + QStringLiteral(" acknowledgement"), a.at);
                if (a.at < e.at) {
                    f.outOfOrder << where + QStringLiteral(" acknowledged before it was written");
                }
            }
        }
        for (const Review& r : n.reviews) {
            instant(n.ref + QStringLiteral(" review of ") + r.entry, r.requestedAt);
            if (r.decidedAt) {
                instant(n.ref + QStringLiteral(" review decision"), *r.decidedAt);
                if (*r.decidedAt < r.requestedAt) {
                    f.outOfOrder << n.ref + QStringLiteral(" review decided before it was asked");
                }
            }
        }
        for (const Transfer& t : n.transfers) {
            if (t.acknowledgedAt) {
                instant(n.ref + QStringLiteral(" transfer acknowledgement"), *t.acknowledgedAt);
            }
        }
        for (const AlertOverride& o : n.overrides) {
            instant(n.ref + QStringLiteral(" override"), o.at);
        }
        for (const DetailsChange& d : n.detailsHistory) {
            instant(n.ref + QStringLiteral(" details change"), d.at);
        }
        for (const Visit& v : n.visits) {
            if (v.time) {
                const QDateTime when(v.date, *v.time, london);
                if (when > moment) {
                    f.late << n.ref + QStringLiteral(" visit at ") + when.toString(Qt::ISODate);
                }
            }
        }
    }
    for (const DipSample& s : b.dipSamples) {
        instant(QStringLiteral("dip sample ") + s.period, s.drawnAt);
        for (const DipRecord& r : s.records) {
            if (r.completedAt) {
                instant(QStringLiteral("dip record ") + r.nominal, *r.completedAt);
            }
        }
    }
    return f;
}

} // namespace

TEST_CASE("demo: without a moment the last day keeps whole working hours (the fixtures' days)")
{
    const QDateTime early(kToday, QTime(6, 0), QTimeZone::utc());
    const Findings f = check(DemoGenerator::generate(at({})), early);
    CHECK_FALSE(f.late.isEmpty()); // so the next test can fail: the anchor day has stamps after 06:00
}

TEST_CASE("demo: nothing is stamped after the moment it is made, and the order of events holds")
{
    // Early morning, mid-morning, late evening and just after midnight in London.
    for (const QDateTime& moment :
         {QDateTime(kToday, QTime(6, 0), QTimeZone::utc()), QDateTime(kToday, QTime(9, 41, 7), QTimeZone::utc()),
          QDateTime(kToday, QTime(23, 59, 59), QTimeZone::utc()),
          QDateTime(kToday, QTime(0, 0, 30), QTimeZone::utc())}) {
        INFO("made at " << moment.toString(Qt::ISODate).toStdString());
        const Bundle b = DemoGenerator::generate(at(moment));
        const Findings f = check(b, moment);
        INFO(f.late.mid(0, 5).join(QLatin1Char('\n')).toStdString());
        CHECK(f.late.isEmpty());
        INFO(f.outOfOrder.mid(0, 5).join(QLatin1Char('\n')).toStdString());
        CHECK(f.outOfOrder.isEmpty());
    }
}

TEST_CASE("demo: made just after midnight in a London summer, the day before in UTC")
{
    // 00:30 BST on 15 July is 23:30 UTC on 14 July: the anchor day has not begun in UTC.
    const QDate summer(2026, 7, 15);
    const QDateTime moment(summer.addDays(-1), QTime(23, 30), QTimeZone::utc());
    DemoOptions o = at(moment);
    o.today = summer;
    const Findings f = check(DemoGenerator::generate(o), moment);
    INFO(f.late.mid(0, 5).join(QLatin1Char('\n')).toStdString());
    CHECK(f.late.isEmpty());
    CHECK(f.outOfOrder.isEmpty());
}

TEST_CASE("demo: the squeeze leaves earlier days alone and stays deterministic")
{
    const QDateTime moment(kToday, QTime(10, 15), QTimeZone::utc());
    const Bundle plain = DemoGenerator::generate(at({}));
    const Bundle made = DemoGenerator::generate(at(moment));
    CHECK(DemoGenerator::generate(at(moment)).nominals.size() == made.nominals.size());
    REQUIRE(plain.nominals.size() == made.nominals.size());
    int same = 0;
    int moved = 0;
    for (qsizetype i = 0; i < plain.nominals.size(); ++i) {
        const QList<Entry>& a = plain.nominals[i].entries;
        const QList<Entry>& b = made.nominals[i].entries;
        REQUIRE(a.size() == b.size());
        for (qsizetype k = 0; k < a.size(); ++k) {
            if (a[k].at.date() < kToday) {
                CHECK(a[k].at == b[k].at);
                ++same;
            } else if (a[k].at != b[k].at) {
                CHECK(b[k].at <= moment);
                ++moved;
            }
        }
    }
    CHECK(same > 1000);
    CHECK(moved > 0);
}
