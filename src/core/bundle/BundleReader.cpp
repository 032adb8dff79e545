#include "BundleReader.h"

#include "core/InputLimits.h"
#include "core/PhotoFormat.h"
#include "core/TextSafety.h"
#include "core/scores/OspJson.h"

#include "OrderedJson.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <functional>
#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace somdesk {

namespace {

using bundle::JsonNode;
using bundle::OrderedJson;
using bundle::WholeNumber;
using Kind = JsonNode::Kind;

constexpr qsizetype maxTextLength = limits::kMaxText;
constexpr qsizetype maxNameLength = limits::kMaxName;
constexpr qsizetype maxIdentifierLength = limits::kMaxIdentifier;
constexpr qsizetype maxPhotoBytes = limits::kMaxPhotoBytes;
constexpr qint64 maxSeed = limits::kMaxSeed;

// The walk stops at the first error; an exception keeps every reader below free of
// error plumbing. It never leaves BundleReader::read.
struct ReadFailure {
    QString path;
    QString what;
};

[[noreturn]] void fail(const QString& path, const QString& what)
{
    throw ReadFailure{path, what};
}

QString memberPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexPath(const QString& path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString quoted(const QString& s)
{
    return u'"' + s + u'"';
}

// Characters as people count them (code points), not UTF-16 units.
qsizetype codePoints(const QString& s)
{
    qsizetype n = 0;
    for (const QChar c : s) {
        if (!c.isLowSurrogate()) {
            ++n;
        }
    }
    return n;
}

// ---- scalar readers -------------------------------------------------------------------

QString string(const JsonNode& n, const QString& path)
{
    if (n.kind != Kind::String) {
        fail(path, u"must be a string"_s);
    }
    return n.text;
}

QString text(const JsonNode& n, const QString& path)
{
    QString s = string(n, path);
    if (s.size() > maxTextLength && codePoints(s) > maxTextLength) {
        fail(path, u"longer than %1 characters"_s.arg(maxTextLength));
    }
    return s;
}

QString name(const JsonNode& n, const QString& path)
{
    QString s = string(n, path);
    if (s.size() > maxNameLength && codePoints(s) > maxNameLength) {
        fail(path, u"longer than %1 characters"_s.arg(maxNameLength));
    }
    if (text::hasUnsafe(s)) {
        fail(path, u"must not contain control characters"_s);
    }
    return s;
}

bool isIdentifier(const QString& s)
{
    if (s.isEmpty() || s.size() > maxIdentifierLength) {
        return false;
    }
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' ||
                        u == u'.' || u == u'-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

QString identifier(const JsonNode& n, const QString& path)
{
    QString s = string(n, path);
    if (!isIdentifier(s)) {
        fail(path, u"must be 1 to 64 characters of A-Z a-z 0-9 _ . -"_s);
    }
    return s;
}

bool boolean(const JsonNode& n, const QString& path)
{
    if (n.kind != Kind::Bool) {
        fail(path, u"must be true or false"_s);
    }
    return n.boolean;
}

qint64 whole(const JsonNode& n, const QString& path, qint64 min, qint64 max)
{
    if (n.kind != Kind::Number) {
        fail(path, u"must be a number"_s);
    }
    const QString range = min == max ? u"must be %1"_s.arg(min)
                          : max == std::numeric_limits<qint64>::max()
                              ? u"must be at least %1"_s.arg(min)
                              : u"must be between %1 and %2"_s.arg(min).arg(max);
    qint64 v = 0;
    switch (OrderedJson::wholeNumber(n.text, &v)) {
    case WholeNumber::NotWhole:
        fail(path, u"must be a whole number"_s);
    case WholeNumber::OutOfRange:
        fail(path, range);
    case WholeNumber::Ok:
        break;
    }
    if (v < min || v > max) {
        fail(path, range);
    }
    return v;
}

int wholeInt(const JsonNode& n, const QString& path, int min, int max)
{
    return static_cast<int>(whole(n, path, min, max));
}

bool digitsAt(const QString& s, std::initializer_list<int> positions)
{
    for (const int i : positions) {
        if (s[i] < u'0' || s[i] > u'9') {
            return false;
        }
    }
    return true;
}

// Exactly YYYY-MM-DD and a day that exists; QDate::fromString is lenient about widths.
std::optional<QDate> parseDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-' || !digitsAt(s.toString(), {0, 1, 2, 3, 5, 6, 8, 9})) {
        return std::nullopt;
    }
    const QDate d(s.mid(0, 4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt());
    if (!d.isValid()) {
        return std::nullopt;
    }
    return d;
}

QDate date(const JsonNode& n, const QString& path)
{
    const std::optional<QDate> d = parseDate(string(n, path));
    if (!d) {
        fail(path, u"not a date"_s);
    }
    return *d;
}

QDateTime timestamp(const JsonNode& n, const QString& path)
{
    const QString s = string(n, path);
    const bool shape = s.size() == 20 && s[10] == u'T' && s[13] == u':' && s[16] == u':' && s[19] == u'Z' &&
                       digitsAt(s, {11, 12, 14, 15, 17, 18});
    const std::optional<QDate> d = shape ? parseDate(QStringView(s).left(10)) : std::nullopt;
    const QTime t = d ? QTime(s.mid(11, 2).toInt(), s.mid(14, 2).toInt(), s.mid(17, 2).toInt()) : QTime();
    if (!d || !t.isValid()) {
        fail(path, u"not a timestamp"_s);
    }
    return QDateTime(*d, t, Qt::UTC);
}

template <typename E> E enumValue(const JsonNode& n, const QString& path)
{
    const std::optional<E> v = enumFromString<E>(string(n, path));
    if (!v) {
        QStringList names;
        for (const E e : allValues<E>()) {
            names.append(toString(e));
        }
        fail(path, u"must be one of "_s + names.join(u", "_s));
    }
    return *v;
}

bool isBase64Char(char16_t u)
{
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/';
}

QByteArray photo(const JsonNode& n, const QString& path)
{
    const QString s = string(n, path);
    // Checked by hand: QByteArray::fromBase64 accepts missing padding and the URL alphabet.
    bool ok = s.size() % 4 == 0;
    for (qsizetype i = 0; ok && i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        const bool padding = u == u'=' && i >= s.size() - 2 && (i == s.size() - 1 || s[i + 1] == u'=');
        ok = isBase64Char(u) || padding;
    }
    if (!ok) {
        fail(path, u"not standard base64 (A-Z a-z 0-9 + /, padded with =, no white space)"_s);
    }
    if (s.size() / 4 * 3 > maxPhotoBytes + 2) {
        fail(path, u"larger than 1 MiB"_s);
    }
    const QByteArray bytes = QByteArray::fromBase64(s.toLatin1());
    if (bytes.size() > maxPhotoBytes) {
        fail(path, u"larger than 1 MiB"_s);
    }
    if (photoFormatOf(bytes) == PhotoFormat::Unknown) {
        fail(path, u"not a JPEG or PNG image"_s);
    }
    return bytes;
}

// ---- structure -------------------------------------------------------------------------

struct Field {
    const char* key;
    bool required;
    std::function<void(const JsonNode& value, const QString& path)> read;
};

// Walks an object's members in document order: unknown and duplicate keys are errors, null
// counts as absent, and required keys that never came are reported at the object's end.
void object(const JsonNode& n, const QString& path, std::initializer_list<Field> fields)
{
    if (n.kind != Kind::Object) {
        fail(path.isEmpty() ? u"(root)"_s : path, u"must be an object"_s);
    }
    std::vector<bool> seen(fields.size(), false);
    for (const JsonNode& m : n.children) {
        const QString mp = memberPath(path, m.key);
        qsizetype index = 0;
        const Field* field = nullptr;
        for (const Field& f : fields) {
            if (m.key == QLatin1String(f.key)) {
                field = &f;
                break;
            }
            ++index;
        }
        if (!field) {
            fail(mp, u"unknown key"_s);
        }
        if (seen[static_cast<size_t>(index)]) {
            fail(mp, u"duplicate key"_s);
        }
        seen[static_cast<size_t>(index)] = true;
        if (m.kind == Kind::Null) {
            if (field->required) {
                fail(mp, u"required, must not be null"_s);
            }
            continue;
        }
        field->read(m, mp);
    }
    qsizetype index = 0;
    for (const Field& f : fields) {
        if (f.required && !seen[static_cast<size_t>(index)]) {
            fail(memberPath(path, QString::fromLatin1(f.key)), u"required key missing"_s);
        }
        ++index;
    }
}

void array(const JsonNode& n, const QString& path, const std::function<void(const JsonNode&, const QString&)>& item)
{
    if (n.kind != Kind::Array) {
        fail(path, u"must be an array"_s);
    }
    qsizetype i = 0;
    for (const JsonNode& child : n.children) {
        item(child, indexPath(path, i++));
    }
}

// Index of the "last" record of a dated list: latest date, ties to the later in the list.
template <typename T, typename Key> qsizetype lastIndex(const QList<T>& list, Key key)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (best < 0 || !(key(list[i]) < key(list[best]))) {
            best = i;
        }
    }
    return best;
}

const JsonNode* stringMember(const JsonNode& n, const char* key)
{
    if (n.kind != Kind::Object) {
        return nullptr;
    }
    const JsonNode* m = n.member(QLatin1String(key));
    return m && m->kind == Kind::String ? m : nullptr;
}

// ---- the reader -----------------------------------------------------------------------

class Reader {
public:
    explicit Reader(const BundleContext& context) : m_context(context) {}

    Bundle read(const JsonNode& root)
    {
        if (root.kind != Kind::Object) {
            fail(u"(root)"_s, u"must be an object"_s);
        }
        checkHeader(root);
        prescan(root);
        Bundle b;
        object(root, QString(),
               {
                   {"format", true, [](const JsonNode&, const QString&) {}},
                   {"version", true, [](const JsonNode&, const QString&) {}},
                   {"users", false,
                    [&](const JsonNode& v, const QString& p) {
                        array(v, p, [&](const JsonNode& i, const QString& ip) { b.users.append(readUser(i, ip)); });
                    }},
                   {"nominals", false,
                    [&](const JsonNode& v, const QString& p) {
                        array(v, p,
                              [&](const JsonNode& i, const QString& ip) { b.nominals.append(readNominal(i, ip)); });
                    }},
                   {"dip_samples", false,
                    [&](const JsonNode& v, const QString& p) {
                        array(v, p,
                              [&](const JsonNode& i, const QString& ip) { b.dipSamples.append(readDipSample(i, ip)); });
                    }},
               });
        return b;
    }

    // One list element of a nominal (bundle-format.md's shape) at the document's root.
    CaseworkRecord readRecord(RecordKind kind, const JsonNode& root)
    {
        const QString p;
        switch (kind) {
        case RecordKind::Visit:
            return readVisit(root, p);
        case RecordKind::Arms:
            return readArms(root, p);
        case RecordKind::Screening:
            return readScreening(root, p);
        case RecordKind::MappaReferral:
            return readReferral(root, p);
        case RecordKind::Notification:
            return readNotification(root, p);
        case RecordKind::Custody:
            return readCustody(root, p);
        case RecordKind::Plan:
            return readPlan(root, p);
        case RecordKind::StaticScore:
            return readStaticScore(root, p, true);
        case RecordKind::Transfer:
            return readTransfer(root, p, true);
        case RecordKind::ManagementDecision:
            return readManagementDecision(root, p);
        case RecordKind::IndefiniteReview:
            return readIndefinite(root, p);
        }
        fail(u"(root)"_s, u"unknown record kind"_s);
    }

    // One nominals[] element to register: its identity, registration and current state; the
    // history lists must be absent or empty, except one custody period (the custody status).
    Nominal readRegistration(const JsonNode& root)
    {
        static const char* const history[] = {"risk_history",  "plans",
                                              "arms",          "visits",
                                              "entries",       "screenings",
                                              "reviews",       "mappa_referrals",
                                              "transfers",     "management_decisions",
                                              "notifications", "indefinite_review_decisions",
                                              "overrides",     "static_scores"};
        for (const char* key : history) {
            const JsonNode* list = root.member(QLatin1String(key));
            if (list != nullptr && !(list->kind == Kind::Array && list->children.empty())) {
                fail(QString::fromLatin1(key),
                     u"a registration holds no history: record it on the nominal once registered"_s);
            }
        }
        if (const JsonNode* custody = root.member("custody"_L1);
            custody != nullptr && custody->kind == Kind::Array && custody->children.size() > 1) {
            fail(u"custody"_s, u"at most one period (the current custody) at registration"_s);
        }
        return readNominal(root, QString());
    }

    static QDate readRelease(const JsonNode& root)
    {
        QDate on;
        object(root, QString(),
               {{"released_on", true, [&](const JsonNode& v, const QString& vp) { on = date(v, vp); }}});
        return on;
    }

    static NewConcern readConcern(const JsonNode& root)
    {
        NewConcern c;
        object(root, QString(),
               {
                   {"text", true, [&](const JsonNode& v, const QString& vp) { c.text = text(v, vp); }},
                   {"proposed_risk_level", true,
                    [&](const JsonNode& v, const QString& vp) { c.proposedRiskLevel = enumValue<RiskLevel>(v, vp); }},
                   {"rationale", true, [&](const JsonNode& v, const QString& vp) { c.rationale = text(v, vp); }},
                   {"escalating", false, [&](const JsonNode& v, const QString& vp) { c.escalating = boolean(v, vp); }},
               });
        return c;
    }

    static void readNothing(const JsonNode& root) { object(root, QString(), {}); }

    // A dip_samples[].records[] element holding the findings only: the record is named by
    // the caller (period and nominal) and completed_at is the clock's, so the keys that say
    // those are refused rather than compared.
    QList<DipItem> readDipFindings(const JsonNode& root)
    {
        for (const char* key : {"officer", "nominal", "completed_at"}) {
            if (root.member(QLatin1String(key)) != nullptr) {
                fail(QString::fromLatin1(key),
                     u"not accepted here: the record is named by its period and nominal, and completed_at is set "
                     u"when the findings are recorded"_s);
            }
        }
        QList<DipItem> items;
        object(root, QString(),
               {{"items", true, [&](const JsonNode& v, const QString& vp) { items = readDipItems(v, vp); }}});
        return items;
    }

private:
    const BundleContext& m_context;
    QSet<QString> m_bundleUsernames; // every users[i].username as written, for references
    QSet<QString> m_bundleRefs;      // every nominals[i].ref as written, for dip-sample records
    QSet<QString> m_seenUsernames;
    QHash<QString, qsizetype> m_seenRefs;
    QHash<QString, std::optional<User>> m_existingUsers; // cache: the context may query a database

    // Not a bundle at all (or another version) makes every later message noise, so the
    // header is judged before the rest of the document.
    static void checkHeader(const JsonNode& root)
    {
        const JsonNode* format = root.member("format"_L1);
        if (!format || format->kind == Kind::Null) {
            fail(u"format"_s, u"required key missing"_s);
        }
        if (format->kind != Kind::String || format->text != "somdesk-bundle"_L1) {
            fail(u"format"_s, uR"(must be "somdesk-bundle")"_s);
        }
        const JsonNode* version = root.member("version"_L1);
        if (!version || version->kind == Kind::Null) {
            fail(u"version"_s, u"required key missing"_s);
        }
        whole(*version, u"version"_s, 1, 1);
    }

    // References may point forward in the document (users listed after nominals, entries
    // after the review that names them), so names are collected before the walk.
    void prescan(const JsonNode& root)
    {
        if (const JsonNode* users = root.member("users"_L1); users && users->kind == Kind::Array) {
            for (const JsonNode& u : users->children) {
                if (const JsonNode* name = stringMember(u, "username")) {
                    m_bundleUsernames.insert(name->text);
                }
            }
        }
        if (const JsonNode* nominals = root.member("nominals"_L1); nominals && nominals->kind == Kind::Array) {
            for (const JsonNode& n : nominals->children) {
                if (const JsonNode* ref = stringMember(n, "ref")) {
                    m_bundleRefs.insert(ref->text);
                }
            }
        }
    }

    std::optional<User> existingUser(const QString& username)
    {
        if (!m_context.existingUser) {
            return std::nullopt;
        }
        auto it = m_existingUsers.find(username);
        if (it == m_existingUsers.end()) {
            it = m_existingUsers.insert(username, m_context.existingUser(username));
        }
        return *it;
    }

    QString userRef(const JsonNode& n, const QString& path)
    {
        QString username = identifier(n, path);
        if (!m_bundleUsernames.contains(username) && !existingUser(username)) {
            fail(path, u"unknown user "_s + quoted(username));
        }
        return username;
    }

    void checkVocabulary(const QString& value, const QStringList& list, const char* what, const QString& path)
    {
        if (!list.contains(value)) {
            fail(path, u"unknown %1 %2 (known: %3)"_s.arg(QLatin1String(what), quoted(value), list.join(u", "_s)));
        }
    }

    // ---- users ----

    User readUser(const JsonNode& n, const QString& p)
    {
        User u;
        bool hasRole = false;
        object(n, p,
               {
                   {"username", true,
                    [&](const JsonNode& v, const QString& vp) {
                        u.username = identifier(v, vp);
                        if (m_seenUsernames.contains(u.username)) {
                            fail(vp, u"duplicate username "_s + quoted(u.username));
                        }
                        m_seenUsernames.insert(u.username);
                    }},
                   {"name", true, [&](const JsonNode& v, const QString& vp) { u.name = name(v, vp); }},
                   {"collar", false, [&](const JsonNode& v, const QString& vp) { u.collar = name(v, vp); }},
                   {"role", true,
                    [&](const JsonNode& v, const QString& vp) {
                        u.role = enumValue<Role>(v, vp);
                        hasRole = true;
                    }},
                   {"area", false, [&](const JsonNode& v, const QString& vp) { u.area = name(v, vp); }},
                   {"team", false, [&](const JsonNode& v, const QString& vp) { u.team = name(v, vp); }},
                   {"disabled", false, [&](const JsonNode& v, const QString& vp) { u.disabled = boolean(v, vp); }},
                   {"password", false, [&](const JsonNode& v, const QString& vp) { u.password = text(v, vp); }},
               });
        if (hasRole && u.role != Role::Admin && !u.collar) {
            fail(memberPath(p, u"collar"_s), u"required key missing (required except for admins)"_s);
        }
        if (const std::optional<User> db = existingUser(u.username)) {
            if (db->role != u.role) {
                fail(memberPath(p, u"role"_s),
                     u"must agree with the existing user's role ("_s + toString(db->role) + u')');
            }
            auto describe = [](const std::optional<QString>& s) { return s ? quoted(*s) : u"none"_s; };
            if (db->area != u.area) {
                fail(memberPath(p, u"area"_s),
                     u"must agree with the existing user's area ("_s + describe(db->area) + u')');
            }
            if (db->team != u.team) {
                fail(memberPath(p, u"team"_s),
                     u"must agree with the existing user's team ("_s + describe(db->team) + u')');
            }
        }
        return u;
    }

    // ---- nominals ----

    Nominal readNominal(const JsonNode& n, const QString& p)
    {
        Nominal nom;
        // Raw entry ids and types of this nominal: references and reviews may name entries
        // that come later in the document.
        QHash<QString, QString> entryTypes;
        if (n.kind == Kind::Object) {
            if (const JsonNode* entries = n.member("entries"_L1); entries && entries->kind == Kind::Array) {
                for (const JsonNode& e : entries->children) {
                    if (const JsonNode* id = stringMember(e, "id")) {
                        const JsonNode* type = stringMember(e, "type");
                        entryTypes.insert(id->text, type ? type->text : QString());
                    }
                }
            }
        }
        QSet<QString> entryIds;
        bool hasRiskHistory = false;

        auto list = [](const JsonNode& v, const QString& vp, auto readItem) {
            array(v, vp, [&](const JsonNode& i, const QString& ip) { readItem(i, ip); });
        };

        object(
            n, p,
            {
                {"ref", true,
                 [&](const JsonNode& v, const QString& vp) {
                     nom.ref = identifier(v, vp);
                     if (const auto it = m_seenRefs.constFind(nom.ref); it != m_seenRefs.constEnd()) {
                         fail(vp, u"duplicate ref %1 (also nominals[%2])"_s.arg(quoted(nom.ref)).arg(*it));
                     }
                     if (m_context.refExists && m_context.refExists(nom.ref)) {
                         fail(vp, u"ref %1 already exists in the database"_s.arg(quoted(nom.ref)));
                     }
                     m_seenRefs.insert(nom.ref, m_seenRefs.size());
                 }},
                {"family_name", true, [&](const JsonNode& v, const QString& vp) { nom.familyName = name(v, vp); }},
                {"given_names", true, [&](const JsonNode& v, const QString& vp) { nom.givenNames = name(v, vp); }},
                {"aliases", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) { nom.aliases.append(name(i, ip)); });
                 }},
                {"date_of_birth", true, [&](const JsonNode& v, const QString& vp) { nom.dateOfBirth = date(v, vp); }},
                {"address", false, [&](const JsonNode& v, const QString& vp) { nom.address = text(v, vp); }},
                {"area", true, [&](const JsonNode& v, const QString& vp) { nom.area = name(v, vp); }},
                {"owner", true, [&](const JsonNode& v, const QString& vp) { nom.owner = userRef(v, vp); }},
                {"photo", false, [&](const JsonNode& v, const QString& vp) { nom.photo = photo(v, vp); }},
                {"mappa", false,
                 [&](const JsonNode& v, const QString& vp) {
                     object(
                         v, vp,
                         {
                             {"category", false,
                              [&](const JsonNode& c, const QString& cp) { nom.mappaCategory = wholeInt(c, cp, 1, 4); }},
                             {"level", false,
                              [&](const JsonNode& c, const QString& cp) { nom.mappaLevel = wholeInt(c, cp, 1, 3); }},
                         });
                 }},
                {"risk_level", true,
                 [&](const JsonNode& v, const QString& vp) { nom.riskLevel = enumValue<RiskLevel>(v, vp); }},
                {"risk_history", false,
                 [&](const JsonNode& v, const QString& vp) {
                     hasRiskHistory = true;
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         RiskHistoryItem h;
                         object(
                             i, ip,
                             {
                                 {"from", true, [&](const JsonNode& x, const QString& xp) { h.from = date(x, xp); }},
                                 {"level", true,
                                  [&](const JsonNode& x, const QString& xp) { h.level = enumValue<RiskLevel>(x, xp); }},
                             });
                         nom.riskHistory.append(h);
                     });
                 }},
                {"register_status", false,
                 [&](const JsonNode& v, const QString& vp) { nom.registerStatus = enumValue<RegisterStatus>(v, vp); }},
                {"register_status_since", false,
                 [&](const JsonNode& v, const QString& vp) { nom.registerStatusSince = date(v, vp); }},
                {"management", false,
                 [&](const JsonNode& v, const QString& vp) { nom.management = enumValue<ManagementMode>(v, vp); }},
                {"management_since", false,
                 [&](const JsonNode& v, const QString& vp) { nom.managementSince = date(v, vp); }},
                {"registration", true,
                 [&](const JsonNode& v, const QString& vp) {
                     Registration& r = nom.registration;
                     object(
                         v, vp,
                         {
                             {"first_notified", true,
                              [&](const JsonNode& x, const QString& xp) { r.firstNotified = date(x, xp); }},
                             {"period", true,
                              [&](const JsonNode& x, const QString& xp) {
                                  r.period = enumValue<NotificationPeriod>(x, xp);
                              }},
                             {"under_18_at_notification", false,
                              [&](const JsonNode& x, const QString& xp) { r.under18AtNotification = boolean(x, xp); }},
                         });
                 }},
                {"plans", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) { nom.plans.append(readPlan(i, ip)); });
                 }},
                {"custody", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) { nom.custody.append(readCustody(i, ip)); });
                 }},
                {"arms", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) { nom.arms.append(readArms(i, ip)); });
                 }},
                {"visits", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) { nom.visits.append(readVisit(i, ip)); });
                 }},
                {"entries", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.entries.append(readEntry(i, ip, entryTypes, entryIds));
                     });
                 }},
                {"screenings", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp,
                          [&](const JsonNode& i, const QString& ip) { nom.screenings.append(readScreening(i, ip)); });
                 }},
                {"reviews", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.reviews.append(readReview(i, ip, entryTypes));
                     });
                 }},
                {"mappa_referrals", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.mappaReferrals.append(readReferral(i, ip));
                     });
                 }},
                {"transfers", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.transfers.append(readTransfer(i, ip, false));
                     });
                 }},
                {"management_decisions", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.managementDecisions.append(readManagementDecision(i, ip));
                     });
                 }},
                {"notifications", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.notifications.append(readNotification(i, ip));
                     });
                 }},
                {"indefinite_review_decisions", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.indefiniteReviewDecisions.append(readIndefinite(i, ip));
                     });
                 }},
                {"overrides", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp,
                          [&](const JsonNode& i, const QString& ip) { nom.overrides.append(readOverride(i, ip)); });
                 }},
                {"details_history", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.detailsHistory.append(readDetailsChange(i, ip));
                     });
                 }},
                {"static_scores", false,
                 [&](const JsonNode& v, const QString& vp) {
                     list(v, vp, [&](const JsonNode& i, const QString& ip) {
                         nom.staticScores.append(readStaticScore(i, ip, false));
                     });
                 }},
            });
        checkConsistency(nom, p);
        // bundle-format.md: a nominal imported without risk_history gets one entry, its
        // risk_level from first_notified. An empty list is the same as none (lists default
        // to empty), and the writer relies on this to make export a fixed point.
        if (!hasRiskHistory || nom.riskHistory.isEmpty()) {
            nom.riskHistory.append(RiskHistoryItem{nom.registration.firstNotified, nom.riskLevel});
        }
        return nom;
    }

    static void checkConsistency(const Nominal& nom, const QString& p)
    {
        // A computed score is about this person: its inputs' date of birth is the nominal's.
        for (qsizetype i = 0; i < nom.staticScores.size(); ++i) {
            const StaticScore& s = nom.staticScores[i];
            if (s.inputs && s.inputs->dateOfBirth != nom.dateOfBirth) {
                fail(memberPath(p, u"static_scores[%1].inputs.date_of_birth"_s.arg(i)),
                     u"must be the nominal's date_of_birth (%1)"_s.arg(nom.dateOfBirth.toString(Qt::ISODate)));
            }
        }
        if (const qsizetype t = lastIndex(nom.transfers, [](const Transfer& x) { return x.on; }); t >= 0) {
            if (nom.transfers[t].to != nom.owner) {
                fail(memberPath(p, u"owner"_s),
                     uR"(must equal the last transfer's "to" (%1.transfers[%2].to is %3))"_s.arg(
                         p, QString::number(t), quoted(nom.transfers[t].to)));
            }
        }
        if (const qsizetype h = lastIndex(nom.riskHistory, [](const RiskHistoryItem& x) { return x.from; }); h >= 0) {
            if (nom.riskHistory[h].level != nom.riskLevel) {
                fail(memberPath(p, u"risk_level"_s),
                     uR"(must equal the last risk_history level (%1.risk_history[%2].level is "%3"))"_s.arg(
                         p, QString::number(h), toString(nom.riskHistory[h].level)));
            }
        }
        const qsizetype m = lastIndex(nom.managementDecisions, [](const ManagementDecision& x) { return x.on; });
        if (m >= 0) {
            const ManagementDecisionKind k = nom.managementDecisions[m].decision;
            const ManagementMode mode =
                k == ManagementDecisionKind::MoveReactive || k == ManagementDecisionKind::StayReactive
                    ? ManagementMode::Reactive
                    : ManagementMode::Active;
            if (mode != nom.management) {
                const QString what = uR"(must be "%1", the mode given by the last management decision )"_s +
                                     uR"((%2.management_decisions[%3].decision is "%4"))"_s;
                fail(memberPath(p, u"management"_s), what.arg(toString(mode), p, QString::number(m), toString(k)));
            }
        }
    }

    Plan readPlan(const JsonNode& n, const QString& p)
    {
        Plan x;
        object(n, p,
               {
                   {"from", true, [&](const JsonNode& v, const QString& vp) { x.from = date(v, vp); }},
                   {"visit_interval_days", false,
                    [&](const JsonNode& v, const QString& vp) {
                        x.visitIntervalDays = wholeInt(v, vp, 1, std::numeric_limits<int>::max());
                    }},
                   {"escalation_triggers", false,
                    [&](const JsonNode& v, const QString& vp) { x.escalationTriggers = text(v, vp); }},
                   {"trigger_phrases", false,
                    [&](const JsonNode& v, const QString& vp) { x.triggerPhrases = readTriggerPhrases(v, vp); }},
                   {"summary", false, [&](const JsonNode& v, const QString& vp) { x.summary = text(v, vp); }},
               });
        return x;
    }

    // Non-blank, distinct, kept in their order.
    QStringList readTriggerPhrases(const JsonNode& n, const QString& p)
    {
        QStringList out;
        array(n, p, [&](const JsonNode& i, const QString& ip) {
            const QString phrase = text(i, ip);
            if (std::all_of(phrase.cbegin(), phrase.cend(), [](QChar c) { return c.isSpace(); })) {
                fail(ip, u"must not be blank"_s);
            }
            if (const qsizetype k = out.indexOf(phrase); k >= 0) {
                fail(ip, u"duplicate of %1 %2"_s.arg(indexPath(p, k), quoted(phrase)));
            }
            out.append(phrase);
        });
        return out;
    }

    // "HH:MM", 00:00 to 23:59.
    static QTime visitTime(const JsonNode& n, const QString& p)
    {
        static const QRegularExpression pattern(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s);
        const QString s = string(n, p);
        if (!pattern.match(s).hasMatch()) {
            fail(p, u"must be a time \"HH:MM\" (00:00 to 23:59)"_s);
        }
        return QTime::fromString(s, u"HH:mm"_s);
    }

    // Names from the policy list visit_checks, each once.
    QStringList readChecks(const JsonNode& n, const QString& p)
    {
        QStringList out;
        array(n, p, [&](const JsonNode& i, const QString& ip) {
            const QString check = string(i, ip);
            checkVocabulary(check, m_context.vocabulary.visitChecks, "visit check", ip);
            if (const qsizetype k = out.indexOf(check); k >= 0) {
                fail(ip, u"duplicate of %1 %2"_s.arg(indexPath(p, k), quoted(check)));
            }
            out.append(check);
        });
        return out;
    }

    CustodyPeriod readCustody(const JsonNode& n, const QString& p)
    {
        CustodyPeriod x;
        object(n, p,
               {
                   {"from", true, [&](const JsonNode& v, const QString& vp) { x.from = date(v, vp); }},
                   {"expected_release", false,
                    [&](const JsonNode& v, const QString& vp) { x.expectedRelease = date(v, vp); }},
                   {"released_on", false, [&](const JsonNode& v, const QString& vp) { x.releasedOn = date(v, vp); }},
               });
        return x;
    }

    QList<FactorRating> readFactors(const JsonNode& n, const QString& p, const QStringList& vocabulary,
                                    const char* what)
    {
        QList<FactorRating> out;
        array(n, p, [&](const JsonNode& i, const QString& ip) {
            FactorRating f;
            object(i, ip,
                   {
                       {"factor", true,
                        [&](const JsonNode& v, const QString& vp) {
                            f.factor = string(v, vp);
                            checkVocabulary(f.factor, vocabulary, what, vp);
                        }},
                       {"rating", true,
                        [&](const JsonNode& v, const QString& vp) { f.rating = enumValue<FactorRatingValue>(v, vp); }},
                       {"note", false, [&](const JsonNode& v, const QString& vp) { f.note = text(v, vp); }},
                   });
            out.append(f);
        });
        return out;
    }

    ArmsAssessment readArms(const JsonNode& n, const QString& p)
    {
        ArmsAssessment x;
        object(n, p,
               {
                   {"completed_on", true, [&](const JsonNode& v, const QString& vp) { x.completedOn = date(v, vp); }},
                   {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                   {"lead_agency", true,
                    [&](const JsonNode& v, const QString& vp) { x.leadAgency = enumValue<LeadAgency>(v, vp); }},
                   {"priority", true,
                    [&](const JsonNode& v, const QString& vp) { x.priority = enumValue<RiskLevel>(v, vp); }},
                   {"risk_factors", false,
                    [&](const JsonNode& v, const QString& vp) {
                        x.riskFactors = readFactors(v, vp, m_context.vocabulary.riskFactors, "risk factor");
                    }},
                   {"protective_factors", false,
                    [&](const JsonNode& v, const QString& vp) {
                        x.protectiveFactors =
                            readFactors(v, vp, m_context.vocabulary.protectiveFactors, "protective factor");
                    }},
                   {"summary", false, [&](const JsonNode& v, const QString& vp) { x.summary = text(v, vp); }},
               });
        return x;
    }

    Visit readVisit(const JsonNode& n, const QString& p)
    {
        Visit x;
        object(n, p,
               {
                   {"date", true, [&](const JsonNode& v, const QString& vp) { x.date = date(v, vp); }},
                   {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                   {"time", false, [&](const JsonNode& v, const QString& vp) { x.time = visitTime(v, vp); }},
                   {"type", true, [&](const JsonNode& v, const QString& vp) { x.type = enumValue<VisitType>(v, vp); }},
                   {"announced", false, [&](const JsonNode& v, const QString& vp) { x.announced = boolean(v, vp); }},
                   {"outcome", false, [&](const JsonNode& v, const QString& vp) { x.outcome = text(v, vp); }},
                   {"verified", false, [&](const JsonNode& v, const QString& vp) { x.verified = text(v, vp); }},
                   {"checks", false, [&](const JsonNode& v, const QString& vp) { x.checks = readChecks(v, vp); }},
               });
        return x;
    }

    Entry readEntry(const JsonNode& n, const QString& p, const QHash<QString, QString>& entryTypes,
                    QSet<QString>& entryIds)
    {
        Entry x;
        const JsonNode* ownId = stringMember(n, "id");
        object(
            n, p,
            {
                {"id", true,
                 [&](const JsonNode& v, const QString& vp) {
                     x.id = identifier(v, vp);
                     if (entryIds.contains(x.id)) {
                         fail(vp, u"duplicate entry id "_s + quoted(x.id));
                     }
                     entryIds.insert(x.id);
                 }},
                {"at", true, [&](const JsonNode& v, const QString& vp) { x.at = timestamp(v, vp); }},
                {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                {"type", true, [&](const JsonNode& v, const QString& vp) { x.type = enumValue<EntryType>(v, vp); }},
                {"text", true, [&](const JsonNode& v, const QString& vp) { x.text = text(v, vp); }},
                {"references", false,
                 [&](const JsonNode& v, const QString& vp) {
                     array(v, vp, [&](const JsonNode& i, const QString& ip) {
                         const QString ref = identifier(i, ip);
                         if (ownId && ownId->text == ref) {
                             fail(ip, u"must reference another entry, not its own"_s);
                         }
                         if (!entryTypes.contains(ref)) {
                             fail(ip, u"no entry %1 in this nominal"_s.arg(quoted(ref)));
                         }
                         x.references.append(ref);
                     });
                 }},
                {"disagreement", false, [&](const JsonNode& v, const QString& vp) { x.disagreement = boolean(v, vp); }},
                {"acknowledged", false,
                 [&](const JsonNode& v, const QString& vp) {
                     array(v, vp, [&](const JsonNode& i, const QString& ip) {
                         Acknowledgement a;
                         object(
                             i, ip,
                             {
                                 {"by", true, [&](const JsonNode& w, const QString& wp) { a.by = userRef(w, wp); }},
                                 {"at", true, [&](const JsonNode& w, const QString& wp) { a.at = timestamp(w, wp); }},
                             });
                         x.acknowledged.append(a);
                     });
                 }},
            });
        return x;
    }

    Screening readScreening(const JsonNode& n, const QString& p)
    {
        Screening x;
        object(n, p,
               {
                   {"date", true, [&](const JsonNode& v, const QString& vp) { x.date = date(v, vp); }},
                   {"level", true, [&](const JsonNode& v, const QString& vp) { x.level = wholeInt(v, vp, 1, 3); }},
                   {"rationale", false, [&](const JsonNode& v, const QString& vp) { x.rationale = text(v, vp); }},
               });
        return x;
    }

    Review readReview(const JsonNode& n, const QString& p, const QHash<QString, QString>& entryTypes)
    {
        Review x;
        bool hasDecision = false;
        object(
            n, p,
            {
                {"entry", true,
                 [&](const JsonNode& v, const QString& vp) {
                     x.entry = identifier(v, vp);
                     const auto it = entryTypes.constFind(x.entry);
                     if (it == entryTypes.constEnd()) {
                         fail(vp, u"no entry %1 in this nominal"_s.arg(quoted(x.entry)));
                     }
                     if (*it != "concern"_L1 && *it != "disclosure"_L1) {
                         fail(vp, u"must name a concern or disclosure entry (%1 is %2)"_s.arg(quoted(x.entry),
                                                                                              quoted(*it)));
                     }
                 }},
                {"requested_at", true, [&](const JsonNode& v, const QString& vp) { x.requestedAt = timestamp(v, vp); }},
                {"requested_by", true, [&](const JsonNode& v, const QString& vp) { x.requestedBy = userRef(v, vp); }},
                {"proposed_risk_level", true,
                 [&](const JsonNode& v, const QString& vp) { x.proposedRiskLevel = enumValue<RiskLevel>(v, vp); }},
                {"escalating", false, [&](const JsonNode& v, const QString& vp) { x.escalating = boolean(v, vp); }},
                {"rationale", true, [&](const JsonNode& v, const QString& vp) { x.rationale = text(v, vp); }},
                {"decision", true,
                 [&](const JsonNode& v, const QString& vp) {
                     x.decision = enumValue<ReviewDecision>(v, vp);
                     hasDecision = true;
                 }},
                {"decided_at", false, [&](const JsonNode& v, const QString& vp) { x.decidedAt = timestamp(v, vp); }},
                {"decided_by", false, [&](const JsonNode& v, const QString& vp) { x.decidedBy = userRef(v, vp); }},
                {"decision_reason", false,
                 [&](const JsonNode& v, const QString& vp) { x.decisionReason = text(v, vp); }},
            });
        if (hasDecision) {
            const bool decided = x.decision != ReviewDecision::Pending;
            const QString d = toString(x.decision);
            if (decided && !x.decidedAt) {
                fail(memberPath(p, u"decided_at"_s), u"required when the decision is "_s + d);
            }
            if (decided && !x.decidedBy) {
                fail(memberPath(p, u"decided_by"_s), u"required when the decision is "_s + d);
            }
            if (!decided && x.decidedAt) {
                fail(memberPath(p, u"decided_at"_s), u"not allowed when the decision is pending"_s);
            }
            if (!decided && x.decidedBy) {
                fail(memberPath(p, u"decided_by"_s), u"not allowed when the decision is pending"_s);
            }
        }
        return x;
    }

    MappaReferral readReferral(const JsonNode& n, const QString& p)
    {
        MappaReferral x;
        bool hasReferred = false;
        object(n, p,
               {
                   {"decided_on", true, [&](const JsonNode& v, const QString& vp) { x.decidedOn = date(v, vp); }},
                   {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                   {"referred", true,
                    [&](const JsonNode& v, const QString& vp) {
                        x.referred = boolean(v, vp);
                        hasReferred = true;
                    }},
                   {"level", false, [&](const JsonNode& v, const QString& vp) { x.level = wholeInt(v, vp, 1, 3); }},
                   {"reason", true, [&](const JsonNode& v, const QString& vp) { x.reason = text(v, vp); }},
               });
        if (hasReferred && x.referred && (!x.level || *x.level < 2)) {
            fail(memberPath(p, u"level"_s), u"must be 2 or 3 when referred is true"_s);
        }
        return x;
    }

    // To record one (`asRecord`), `from` may be left out: the service takes the current owner.
    Transfer readTransfer(const JsonNode& n, const QString& p, bool asRecord)
    {
        Transfer x;
        object(n, p,
               {
                   {"on", true, [&](const JsonNode& v, const QString& vp) { x.on = date(v, vp); }},
                   {"from", !asRecord, [&](const JsonNode& v, const QString& vp) { x.from = userRef(v, vp); }},
                   {"to", true, [&](const JsonNode& v, const QString& vp) { x.to = userRef(v, vp); }},
                   {"acknowledged_at", false,
                    [&](const JsonNode& v, const QString& vp) { x.acknowledgedAt = timestamp(v, vp); }},
               });
        return x;
    }

    ManagementDecision readManagementDecision(const JsonNode& n, const QString& p)
    {
        ManagementDecision x;
        object(
            n, p,
            {
                {"on", true, [&](const JsonNode& v, const QString& vp) { x.on = date(v, vp); }},
                {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                {"decision", true,
                 [&](const JsonNode& v, const QString& vp) { x.decision = enumValue<ManagementDecisionKind>(v, vp); }},
                {"reason", true, [&](const JsonNode& v, const QString& vp) { x.reason = text(v, vp); }},
            });
        return x;
    }

    static Notification readNotification(const JsonNode& n, const QString& p)
    {
        Notification x;
        object(n, p,
               {
                   {"date", true, [&](const JsonNode& v, const QString& vp) { x.date = date(v, vp); }},
                   {"kind", true,
                    [&](const JsonNode& v, const QString& vp) { x.kind = enumValue<NotificationKind>(v, vp); }},
               });
        return x;
    }

    IndefiniteReviewDecision readIndefinite(const JsonNode& n, const QString& p)
    {
        IndefiniteReviewDecision x;
        object(n, p,
               {
                   {"on", true, [&](const JsonNode& v, const QString& vp) { x.on = date(v, vp); }},
                   {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                   {"outcome", true,
                    [&](const JsonNode& v, const QString& vp) { x.outcome = enumValue<IndefiniteOutcome>(v, vp); }},
                   {"reason", true, [&](const JsonNode& v, const QString& vp) { x.reason = text(v, vp); }},
               });
        return x;
    }

    AlertOverride readOverride(const JsonNode& n, const QString& p)
    {
        AlertOverride x;
        object(n, p,
               {
                   {"key", true, [&](const JsonNode& v, const QString& vp) { x.key = text(v, vp); }},
                   {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                   {"at", true, [&](const JsonNode& v, const QString& vp) { x.at = timestamp(v, vp); }},
                   {"reason", true, [&](const JsonNode& v, const QString& vp) { x.reason = text(v, vp); }},
               });
        return x;
    }

    // A details change (docs/bundle-notes.md): the fields an edit changed, from and to.
    DetailsChange readDetailsChange(const JsonNode& n, const QString& p)
    {
        DetailsChange x;
        object(n, p,
               {
                   {"at", true, [&](const JsonNode& v, const QString& vp) { x.at = timestamp(v, vp); }},
                   {"by", true, [&](const JsonNode& v, const QString& vp) { x.by = userRef(v, vp); }},
                   {"reason", true, [&](const JsonNode& v, const QString& vp) { x.reason = text(v, vp); }},
                   {"changes", true,
                    [&](const JsonNode& v, const QString& vp) {
                        array(v, vp,
                              [&](const JsonNode& i, const QString& ip) { x.changes.append(readFieldChange(i, ip)); });
                        if (x.changes.isEmpty()) {
                            fail(vp, u"at least one change"_s);
                        }
                    }},
               });
        return x;
    }

    // A static score (docs/bundle-notes.md "static_scores"). In a bundle every key is as
    // stored; to record one (`asRecord`), who and when are the service's and a computed score's
    // result is computed, so `by`, `recorded_at` and `result` are refused, and the tool (default
    // OSP/DC+OSP/IIC), its version and the assessment date of a computed score may be left out.
    StaticScore readStaticScore(const JsonNode& n, const QString& p, bool asRecord)
    {
        StaticScore x;
        const JsonNode* result = nullptr;
        QString resultPath;
        auto notInRecord = [&](const QString& vp) {
            if (asRecord) {
                fail(vp, u"set by somdesk when the score is recorded"_s);
            }
        };
        object(n, p,
               {
                   {"tool", !asRecord, [&](const JsonNode& v, const QString& vp) { x.tool = notBlank(v, vp); }},
                   {"version", !asRecord, [&](const JsonNode& v, const QString& vp) { x.version = name(v, vp); }},
                   {"assessment_date", !asRecord,
                    [&](const JsonNode& v, const QString& vp) { x.assessedOn = date(v, vp); }},
                   {"by", !asRecord,
                    [&](const JsonNode& v, const QString& vp) {
                        notInRecord(vp);
                        x.by = userRef(v, vp);
                    }},
                   {"recorded_at", !asRecord,
                    [&](const JsonNode& v, const QString& vp) {
                        notInRecord(vp);
                        x.recordedAt = timestamp(v, vp);
                    }},
                   {"inputs", false,
                    [&](const JsonNode& v, const QString& vp) {
                        auto in = ospInputFromJson(v, vp);
                        if (!in) {
                            throw ReadFailure{in.error().message.section(u": "_s, 0, 0),
                                              in.error().message.section(u": "_s, 1)};
                        }
                        x.inputs = *in;
                    }},
                   {"result", false,
                    [&](const JsonNode& v, const QString& vp) {
                        notInRecord(vp);
                        if (v.kind != Kind::Object) {
                            fail(vp, u"must be an object"_s);
                        }
                        result = &v;
                        resultPath = vp;
                    }},
                   {"category", false, [&](const JsonNode& v, const QString& vp) { x.category = notBlank(v, vp); }},
                   {"source", false, [&](const JsonNode& v, const QString& vp) { x.source = text(v, vp); }},
               });
        const QString computed = OspCalculator::toolName();
        if (asRecord && x.tool.isEmpty()) {
            x.tool = computed;
        }
        if (x.tool != computed) {
            checkEnteredScore(x, p);
            if (result != nullptr) {
                fail(resultPath, u"only a computed score (%1) has a result"_s.arg(computed));
            }
            return x;
        }
        if (x.category || x.source) {
            fail(memberPath(p, x.category ? u"category"_s : u"source"_s),
                 u"only a score entered from another tool has one (%1 is computed from its inputs)"_s.arg(computed));
        }
        if (asRecord && x.version.isEmpty()) {
            x.version = OspCalculator::version();
        }
        if (x.version != OspCalculator::version()) {
            fail(memberPath(p, u"version"_s),
                 u"%1 is computed as version %2; record a score of another version as entered (category and "
                 u"source, under another tool name)"_s.arg(computed, OspCalculator::version()));
        }
        if (!x.inputs) {
            fail(memberPath(p, u"inputs"_s), u"required key missing"_s);
        }
        const OspOutcome outcome = OspCalculator::compute(*x.inputs);
        if (!outcome.ok()) {
            QStringList codes;
            for (const OspValidationError& e : outcome.errors) {
                codes << (e.field.isEmpty() ? e.code : u"%1 (%2)"_s.arg(e.code, e.field));
            }
            fail(memberPath(p, u"inputs"_s), u"not a valid assessment: "_s + codes.join(u", "_s));
        }
        if (x.assessedOn.isValid() && x.assessedOn != *x.inputs->assessmentDate) {
            fail(memberPath(p, u"assessment_date"_s),
                 u"must equal inputs.assessment_date (%1)"_s.arg(x.inputs->assessmentDate->toString(Qt::ISODate)));
        }
        x.assessedOn = *x.inputs->assessmentDate;
        if (!asRecord) {
            if (result == nullptr) {
                fail(memberPath(p, u"result"_s), u"required key missing"_s);
            }
            checkScoreResult(*result, resultPath, outcome);
            checkRecordedAfter(x, p);
        }
        return x;
    }

    // A static score's tool and category name what the score is: never blank.
    static QString notBlank(const JsonNode& v, const QString& vp)
    {
        QString s = name(v, vp);
        if (s.trimmed().isEmpty()) {
            fail(vp, u"must not be blank"_s);
        }
        return s;
    }

    static void checkEnteredScore(const StaticScore& x, const QString& p)
    {
        if (x.inputs) {
            fail(memberPath(p, u"inputs"_s), u"only a computed score (%1) has inputs"_s.arg(OspCalculator::toolName()));
        }
        if (!x.category) {
            fail(memberPath(p, u"category"_s), u"required for a score entered from another tool"_s);
        }
        if (!x.source) {
            fail(memberPath(p, u"source"_s), u"required for a score entered from another tool"_s);
        }
        if (x.version.isEmpty()) {
            fail(memberPath(p, u"version"_s), u"required key missing"_s);
        }
        if (!x.assessedOn.isValid()) {
            fail(memberPath(p, u"assessment_date"_s), u"required key missing"_s);
        }
        if (x.recordedAt.isValid()) {
            checkRecordedAfter(x, p);
        }
    }

    static void checkRecordedAfter(const StaticScore& x, const QString& p)
    {
        if (x.assessedOn > x.recordedAt.toUTC().date()) {
            fail(memberPath(p, u"assessment_date"_s), u"after recorded_at"_s);
        }
    }

    // The result a bundle carries must be the one the inputs give: a stored score is never a
    // different number from the one its version computes.
    static void checkScoreResult(const JsonNode& given, const QString& path, const OspOutcome& outcome)
    {
        const bundle::JsonParseResult expected = OrderedJson::parse(ospOutcomeToJson(outcome));
        JsonNode want;
        want.kind = Kind::Object;
        for (const JsonNode& m : expected.root.children) {
            if (m.key == "osp_dc"_L1 || m.key == "osp_iic"_L1) {
                want.children.push_back(m);
            }
        }
        sameJson(given, want, path);
    }

    static void sameJson(const JsonNode& given, const JsonNode& want, const QString& path)
    {
        const QString mismatch = u"does not match the inputs (%1 %2 gives %3)"_s.arg(
            OspCalculator::toolName(), OspCalculator::version(), literal(want));
        if (given.kind != want.kind) {
            fail(path, mismatch);
        }
        switch (want.kind) {
        case Kind::Object: {
            QSet<QString> seen;
            for (const JsonNode& m : given.children) {
                if (want.member(QLatin1String(m.key.toLatin1())) == nullptr) {
                    fail(memberPath(path, m.key), u"unknown key"_s);
                }
                if (seen.contains(m.key)) {
                    fail(memberPath(path, m.key), u"duplicate key"_s);
                }
                seen.insert(m.key);
            }
            for (const JsonNode& w : want.children) {
                const JsonNode* g = given.member(QLatin1String(w.key.toLatin1()));
                if (g == nullptr) {
                    fail(memberPath(path, w.key), u"required key missing"_s);
                }
                sameJson(*g, w, memberPath(path, w.key));
            }
            return;
        }
        case Kind::Number:
            if (given.text.toDouble() != want.text.toDouble()) {
                fail(path, mismatch);
            }
            return;
        case Kind::Bool:
            if (given.boolean != want.boolean) {
                fail(path, mismatch);
            }
            return;
        case Kind::String:
            if (given.text != want.text) {
                fail(path, mismatch);
            }
            return;
        default:
            return;
        }
    }

    static QString literal(const JsonNode& n)
    {
        switch (n.kind) {
        case Kind::Null:
            return u"null"_s;
        case Kind::Bool:
            return n.boolean ? u"true"_s : u"false"_s;
        case Kind::Number:
            return n.text;
        case Kind::String:
            return u"\""_s + n.text + u"\""_s;
        default:
            return u"an object"_s;
        }
    }

    FieldChange readFieldChange(const JsonNode& n, const QString& p)
    {
        FieldChange c;
        const JsonNode* field = stringMember(n, "field");
        const QString key = field ? field->text : QString();
        auto value = [&](const JsonNode& v, const QString& vp) -> QJsonValue {
            if (key == u"aliases"_s) {
                QJsonArray names;
                array(v, vp, [&](const JsonNode& i, const QString& ip) { names.append(name(i, ip)); });
                return names;
            }
            if (key == u"address"_s && v.kind == Kind::Null) {
                return QJsonValue(QJsonValue::Null);
            }
            if (key == u"date_of_birth"_s) {
                return date(v, vp).toString(Qt::ISODate);
            }
            return key == u"address"_s ? QJsonValue(text(v, vp)) : QJsonValue(name(v, vp));
        };
        object(n, p,
               {
                   {"field", true,
                    [&](const JsonNode& v, const QString& vp) {
                        c.field = text(v, vp);
                        static const QStringList keys{u"family_name"_s, u"given_names"_s, u"aliases"_s,
                                                      u"date_of_birth"_s, u"address"_s};
                        if (!keys.contains(c.field)) {
                            fail(vp, u"unknown detail %1 (known: %2)"_s.arg(quoted(c.field), keys.join(u", "_s)));
                        }
                    }},
                   // null (no address) reads as absent: only an address may be null.
                   {"from", false, [&](const JsonNode& v, const QString& vp) { c.from = value(v, vp); }},
                   {"to", false, [&](const JsonNode& v, const QString& vp) { c.to = value(v, vp); }},
               });
        for (const auto& [value, key] : {std::pair{c.from, "from"}, std::pair{c.to, "to"}}) {
            if (value.isNull() && c.field != u"address"_s) {
                fail(memberPath(p, QString::fromLatin1(key)), u"required, must not be null"_s);
            }
        }
        return c;
    }

    // ---- dip samples ----

    DipSample readDipSample(const JsonNode& n, const QString& p)
    {
        DipSample x;
        object(n, p,
               {
                   {"period", true, [&](const JsonNode& v, const QString& vp) { x.period = text(v, vp); }},
                   {"sergeant", true, [&](const JsonNode& v, const QString& vp) { x.sergeant = userRef(v, vp); }},
                   {"seed", true, [&](const JsonNode& v, const QString& vp) { x.seed = whole(v, vp, 0, maxSeed); }},
                   {"drawn_at", true, [&](const JsonNode& v, const QString& vp) { x.drawnAt = timestamp(v, vp); }},
                   {"records", false,
                    [&](const JsonNode& v, const QString& vp) {
                        array(v, vp,
                              [&](const JsonNode& i, const QString& ip) { x.records.append(readDipRecord(i, ip)); });
                    }},
               });
        return x;
    }

    DipRecord readDipRecord(const JsonNode& n, const QString& p)
    {
        DipRecord x;
        object(n, p,
               {
                   {"officer", true, [&](const JsonNode& v, const QString& vp) { x.officer = userRef(v, vp); }},
                   {"nominal", true,
                    [&](const JsonNode& v, const QString& vp) {
                        x.nominal = identifier(v, vp);
                        if (!m_bundleRefs.contains(x.nominal) &&
                            !(m_context.refExists && m_context.refExists(x.nominal))) {
                            fail(vp, u"unknown nominal "_s + quoted(x.nominal));
                        }
                    }},
                   {"completed_at", false,
                    [&](const JsonNode& v, const QString& vp) { x.completedAt = timestamp(v, vp); }},
                   {"items", false, [&](const JsonNode& v, const QString& vp) { x.items = readDipItems(v, vp); }},
               });
        return x;
    }

    QList<DipItem> readDipItems(const JsonNode& v, const QString& vp)
    {
        QList<DipItem> items;
        array(v, vp, [&](const JsonNode& i, const QString& ip) {
            DipItem item;
            object(i, ip,
                   {
                       {"item", true,
                        [&](const JsonNode& w, const QString& wp) {
                            item.item = string(w, wp);
                            checkVocabulary(item.item, m_context.vocabulary.dipItems, "dip-sample item", wp);
                        }},
                       {"finding", true,
                        [&](const JsonNode& w, const QString& wp) { item.finding = enumValue<DipFinding>(w, wp); }},
                       {"note", false, [&](const JsonNode& w, const QString& wp) { item.note = text(w, wp); }},
                   });
            items.append(item);
        });
        return items;
    }
};

} // namespace

Result<Bundle> BundleReader::read(const QByteArray& json, const BundleContext& context)
{
    // QJsonDocument would replace bad bytes with U+FFFD and carry on; a migration with a
    // broken encoding must stop instead.
    if (const qsizetype bad = OrderedJson::invalidUtf8Offset(json); bad >= 0) {
        return Error::invalid(u"(root): not valid UTF-8: invalid byte sequence at offset %1"_s.arg(bad));
    }
    const bundle::JsonParseResult parsed = OrderedJson::parse(json);
    if (!parsed.ok) {
        return Error::invalid(u"(root): not valid JSON: %1 at offset %2"_s.arg(parsed.message).arg(parsed.offset));
    }
    try {
        Reader reader(context);
        return reader.read(parsed.root);
    } catch (const ReadFailure& f) {
        return Error::invalid(f.path + u": "_s + f.what);
    }
}

namespace {

// Parses `json` and runs `read` on its root, turning a failure into "<path>: <what>".
template <typename T, typename F> Result<T> readDocument(const QByteArray& json, F&& read)
{
    if (const qsizetype bad = OrderedJson::invalidUtf8Offset(json); bad >= 0) {
        return Error::invalid(u"(root): not valid UTF-8: invalid byte sequence at offset %1"_s.arg(bad));
    }
    bundle::JsonParseResult parsed = OrderedJson::parse(json);
    if (!parsed.ok) {
        return Error::invalid(u"(root): not valid JSON: %1 at offset %2"_s.arg(parsed.message).arg(parsed.offset));
    }
    if (parsed.root.kind != Kind::Object) {
        return Error::invalid(u"(root): must be an object"_s);
    }
    try {
        return read(parsed.root);
    } catch (const ReadFailure& f) {
        return Error::invalid(f.path + u": "_s + f.what);
    }
}

} // namespace

Result<CaseworkRecord> BundleReader::readRecord(RecordKind kind, const QByteArray& json, const BundleContext& context,
                                                const QString& signedInUser)
{
    return readDocument<CaseworkRecord>(json, [&](JsonNode& root) {
        const bool hasBy = kind == RecordKind::Visit || kind == RecordKind::Arms || kind == RecordKind::MappaReferral ||
                           kind == RecordKind::ManagementDecision || kind == RecordKind::IndefiniteReview;
        if (hasBy && !signedInUser.isEmpty()) {
            const JsonNode* by = root.member("by"_L1);
            if (by == nullptr || by->kind == Kind::Null) {
                std::erase_if(root.children, [](const JsonNode& m) { return m.key == "by"_L1; });
                JsonNode user;
                user.kind = Kind::String;
                user.key = u"by"_s;
                user.text = signedInUser;
                root.children.push_back(std::move(user));
            }
        }
        Reader reader(context);
        return reader.readRecord(kind, root);
    });
}

Result<Nominal> BundleReader::readRegistration(const QByteArray& json, const BundleContext& context)
{
    return readDocument<Nominal>(json, [&](const JsonNode& root) {
        Reader reader(context);
        return reader.readRegistration(root);
    });
}

Result<QList<DipItem>> BundleReader::readDipFindings(const QByteArray& json, const BundleContext& context)
{
    return readDocument<QList<DipItem>>(json, [&](const JsonNode& root) {
        Reader reader(context);
        return reader.readDipFindings(root);
    });
}

Result<QDate> BundleReader::readRelease(const QByteArray& json)
{
    return readDocument<QDate>(json, [](const JsonNode& root) { return Reader::readRelease(root); });
}

Result<NewConcern> BundleReader::readConcern(const QByteArray& json)
{
    return readDocument<NewConcern>(json, [](const JsonNode& root) { return Reader::readConcern(root); });
}

Status BundleReader::readEmpty(const QByteArray& json)
{
    auto r = readDocument<bool>(json, [](const JsonNode& root) {
        Reader::readNothing(root);
        return true;
    });
    if (!r) {
        return r.error();
    }
    return {};
}

} // namespace somdesk
