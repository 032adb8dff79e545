#include "SearchQuery.h"

#include <QStringList>

namespace somdesk {

namespace {

QString quoted(QString term)
{
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

bool hasWordCharacter(const QString& s)
{
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

} // namespace

QString SearchQuery::toFts5(const QString& userInput)
{
    QStringList terms;
    const QString input = userInput.simplified();
    qsizetype i = 0;
    while (i < input.size()) {
        if (input.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (input.at(i) == QLatin1Char('"')) {
            const qsizetype end = input.indexOf(QLatin1Char('"'), i + 1);
            const QString phrase = input.mid(i + 1, end < 0 ? -1 : end - i - 1).trimmed();
            if (hasWordCharacter(phrase)) {
                terms << quoted(phrase);
            }
            i = end < 0 ? input.size() : end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < input.size() && !input.at(end).isSpace() && input.at(end) != QLatin1Char('"')) {
            ++end;
        }
        QString word = input.mid(i, end - i);
        i = end;
        const bool prefix = word.endsWith(QLatin1Char('*'));
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
        }
        if (!hasWordCharacter(word)) {
            continue;
        }
        terms << quoted(word) + (prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace somdesk
