#include "Purposes.h"

#include "core/InputLimits.h"

#include <QRegularExpression>
#include <QStringList>

namespace somdesk::purposes {

namespace {

const QString kRefMarker = QStringLiteral(" ref=");

const PurposeInfo* find(const QString& code)
{
    for (const PurposeInfo& p : all()) {
        if (p.code == code) {
            return &p;
        }
    }
    return nullptr;
}

bool isReference(const QString& s)
{
    static_assert(limits::kMaxReference == 40, "the pattern and messages name the limit");
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9/_.-]{0,38}[A-Za-z0-9])?$"));
    return re.match(s).hasMatch();
}

} // namespace

const QList<PurposeInfo>& all()
{
    static const QList<PurposeInfo> list{
        {QStringLiteral("case management"), false, QStringLiteral("managing a case in your caseload")},
        {QStringLiteral("supervision"), false, QStringLiteral("a sergeant's supervision of the team's cases")},
        {QStringLiteral("area oversight"), false, QStringLiteral("an inspector's oversight of the area's cases")},
        {QStringLiteral("registration"), false, QStringLiteral("registering a nominal")},
        {QStringLiteral("dip sample"), false, QStringLiteral("checking a case drawn for a dip sample")},
        {QStringLiteral("alerts review"), false, QStringLiteral("reviewing the alerts in your scope")},
        {QStringLiteral("audit review"), false, QStringLiteral("reviewing the audit trail")},
        {QStringLiteral("covering for a colleague"), false, QStringLiteral("covering a colleague's caseload")},
        {QStringLiteral("joint visit"), false, QStringLiteral("preparing a visit with another officer")},
        {QStringLiteral("hand-over"), false, QStringLiteral("a transfer of the case to another force")},
        {QStringLiteral("bundle export"), false, QStringLiteral("an export for the force's own systems")},
        {QStringLiteral("intelligence check"), true, QStringLiteral("an intelligence check (the log number)")},
        {QStringLiteral("public protection enquiry"), true,
         QStringLiteral("a public protection enquiry (the incident or PPN number)")},
        {QStringLiteral("mappa"), true, QStringLiteral("a MAPPA meeting or referral (the meeting reference)")},
        {QStringLiteral("court"), true, QStringLiteral("a disclosure to a court (the case number)")},
        {QStringLiteral("subject access"), true, QStringLiteral("a subject access request (the request's reference)")},
    };
    return list;
}

QString codesText()
{
    QStringList codes;
    for (const PurposeInfo& p : all()) {
        codes << (p.needsReference ? p.code + QStringLiteral(" (with --reference)") : p.code);
    }
    return codes.join(QStringLiteral(", "));
}

Result<QString> compose(const QString& code, const QString& reference)
{
    const PurposeInfo* p = find(code);
    if (p == nullptr) {
        return Error::invalid(QStringLiteral("purpose: must be one of %1").arg(codesText()));
    }
    if (!p->needsReference) {
        if (!reference.isEmpty()) {
            return Error::invalid(QStringLiteral("reference: the purpose '%1' takes no reference").arg(code));
        }
        return code;
    }
    if (reference.isEmpty()) {
        return Error::invalid(QStringLiteral("reference: required for the purpose '%1'").arg(code));
    }
    if (!isReference(reference)) {
        return Error::invalid(QStringLiteral("reference: 1 to 40 of A-Z a-z 0-9 / _ . -, starting and ending with "
                                             "a letter or digit"));
    }
    return code + kRefMarker + reference;
}

Status check(const QString& purpose)
{
    const qsizetype at = purpose.indexOf(kRefMarker);
    auto composed = at < 0 ? compose(purpose) : compose(purpose.left(at), purpose.mid(at + kRefMarker.size()));
    if (!composed) {
        return composed.error();
    }
    return {};
}

} // namespace somdesk::purposes
