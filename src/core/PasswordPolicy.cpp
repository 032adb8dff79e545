#include "PasswordPolicy.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace somdesk {

namespace {

// Words that top every published list of breached passwords, and words a police team would
// reach for; a password made of one of them plus digits and symbols is refused.
const QSet<QString>& commonWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : {"password",      "passwort",      "passw",        "passwd",
                              "pass",          "qwerty",        "qwertyuiop",   "asdfgh",
                              "asdfghjkl",     "zxcvbn",        "zxcvbnm",      "qazwsx",
                              "qazwsxedc",     "letmein",       "welcome",      "admin",
                              "administrator", "root",          "iloveyou",     "loveme",
                              "lovely",        "monkey",        "dragon",       "football",
                              "baseball",      "soccer",        "sunshine",     "princess",
                              "master",        "shadow",        "superman",     "batman",
                              "spiderman",     "starwars",      "pokemon",      "trustno",
                              "changeme",      "changeit",      "secret",       "default",
                              "login",         "access",        "hello",        "helloworld",
                              "whatever",      "freedom",       "charlie",      "michael",
                              "jennifer",      "jordan",        "hunter",       "killer",
                              "mustang",       "cheese",        "flower",       "tigger",
                              "computer",      "internet",      "summer",       "winter",
                              "spring",        "autumn",        "january",      "february",
                              "march",         "april",         "may",          "june",
                              "july",          "august",        "september",    "october",
                              "november",      "december",      "monday",       "tuesday",
                              "wednesday",     "thursday",      "friday",       "saturday",
                              "sunday",        "london",        "england",      "britain",
                              "liverpool",     "chelsea",       "arsenal",      "manchester",
                              "police",        "policeofficer", "officer",      "sergeant",
                              "inspector",     "constable",     "somdesk",      "visor",
                              "mappa",         "temp",          "temporary",    "test",
                              "testing",       "tester",        "user",         "guest",
                              "demo",          "mypassword",    "newpassword",  "abc",
                              "abcdef",        "abcdefgh",      "abcdefghijkl", "abcdefghijklmnop",
                              "aaaaaa"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return words;
}

// Well-known passwords of 12 or more characters that the word rule does not catch.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QSet<QString> s;
        for (const char* p : {"1q2w3e4r5t6y",
                              "1q2w3e4r5t6y7u",
                              "1q2w3e4r5t6y7u8i",
                              "q1w2e3r4t5y6",
                              "1qaz2wsx3edc",
                              "1qaz2wsx3edc4rfv",
                              "zaq12wsxcde3",
                              "zaq1zaq1zaq1",
                              "123qweasdzxc",
                              "qweasdzxc123",
                              "qazwsxedcrfv",
                              "qazwsxedcrfvtgb",
                              "correcthorsebatterystaple",
                              "correct horse battery staple",
                              "thequickbrownfox",
                              "iloveyouforever",
                              "letmeinletmein",
                              "welcometothejungle",
                              "123456789abc",
                              "abc123456789"}) {
            s.insert(QString::fromLatin1(p));
        }
        return s;
    }();
    return passwords;
}

// Keyboard rows and the alphabet, forwards: a run along any of them is no secret.
const QStringList& runs()
{
    static const QStringList r{QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
                               QStringLiteral("qwertyuiop"),
                               QStringLiteral("asdfghjkl"),
                               QStringLiteral("zxcvbnm"),
                               QStringLiteral("qwertyuiopasdfghjklzxcvbnm"),
                               QStringLiteral("01234567890"),
                               QStringLiteral("qwertzuiop")};
    return r;
}

bool isRun(const QString& s)
{
    if (s.size() < 4) {
        return false;
    }
    QString reversed = s;
    std::reverse(reversed.begin(), reversed.end());
    for (const QString& run : runs()) {
        if (run.contains(s) || run.contains(reversed)) {
            return true;
        }
    }
    return false;
}

// "abcabcabc", "passwordpassword": a short piece, or a common word, said again and again.
bool isRepetition(const QString& s)
{
    for (qsizetype len = 1; len <= s.size() / 2; ++len) {
        if (s.size() % len != 0) {
            continue;
        }
        const QString piece = s.left(len);
        if (piece.repeated(s.size() / len) == s && (len <= 4 || commonWords().contains(piece) || isRun(piece))) {
            return true;
        }
    }
    return false;
}

QChar unLeet(QChar c)
{
    switch (c.unicode()) {
    case '@':
    case '4':
        return QLatin1Char('a');
    case '0':
        return QLatin1Char('o');
    case '1':
    case '!':
        return QLatin1Char('i');
    case '3':
        return QLatin1Char('e');
    case '$':
    case '5':
        return QLatin1Char('s');
    case '7':
        return QLatin1Char('t');
    default:
        return c;
    }
}

// The word under the dressing: lower case, digits and symbols cut from both ends, look-alike
// characters read as letters, separators dropped ("P@ss-w0rd2026!" is "password").
QString core(const QString& lower)
{
    qsizetype from = 0;
    qsizetype to = lower.size();
    while (from < to && !lower.at(from).isLetter()) {
        ++from;
    }
    while (to > from && !lower.at(to - 1).isLetter()) {
        --to;
    }
    QString out;
    for (QChar c : lower.mid(from, to - from)) {
        const QChar read = unLeet(c);
        if (read.isLetterOrNumber()) {
            out.append(read);
        }
    }
    return out;
}

} // namespace

std::optional<QString> passwordProblem(const QByteArray& password, const QString& username, const QString& field)
{
    const QString text = QString::fromUtf8(password);
    if (text.toUcs4().size() < kPasswordMinimumLength) {
        return QStringLiteral("%1: at least %2 characters (a passphrase of three or four words is easiest)")
            .arg(field)
            .arg(kPasswordMinimumLength);
    }
    const QString lower = text.toLower();
    if (QSet<QChar>(lower.begin(), lower.end()).size() < 5) {
        return QStringLiteral("%1: too few different characters").arg(field);
    }
    const QString word = core(lower);
    const QString name = username.trimmed().toLower();
    if (!name.isEmpty() && (lower == name || word == core(name))) {
        return QStringLiteral("%1: must not be the user name").arg(field);
    }
    if (commonPasswords().contains(lower) || commonPasswords().contains(word) || word.size() < 4 ||
        commonWords().contains(word) || isRun(word) || isRepetition(word)) {
        return QStringLiteral("%1: too common (a well-known password, or a common word or keyboard pattern with "
                              "digits or symbols added); choose a passphrase of unrelated words")
            .arg(field);
    }
    return std::nullopt;
}

} // namespace somdesk
