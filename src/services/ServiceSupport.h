#pragma once

// Small helpers the capability files of the services layer share (internal).

#include "core/Domain.h"
#include "core/Result.h"
#include "core/bundle/BundleContext.h"
#include "core/bundle/BundleVocabulary.h"
#include "core/rules/Policy.h"
#include "services/PasswordHasher.h"
#include "services/Session.h"

#include <QRegularExpression>

#include <mutex>
#include <optional>

namespace somdesk {

class ServiceContext;

// Service calls from several threads on one Services object take its mutex. The outermost
// call's end writes the refusals it noted (ServiceContext::refuse), after its transaction.
class Lock {
public:
    explicit Lock(ServiceContext& ctx);
    ~Lock();
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

private:
    ServiceContext& m_ctx;
};

const QRegularExpression& usernamePattern();
// The Argon2id cost the policy sets.
HashCost costOf(const Policy& policy);
Session sessionOf(const User& u);
// A user's fields, each error naming its field.
Status validateUser(const User& u);
// One nominal by ref, or a not-found error naming the field.
Result<Nominal> loadOne(ServiceContext& ctx, const QString& ref, bool withText = true);
// The start of every casework operation: the nominal by ref (without entry text), and
// the session's casework scope over it (Access.h) checked.
Result<Nominal> loadForCasework(ServiceContext& ctx, const Session& session, const QString& ref);
// The id a new chronology entry of `n` takes: E + the lowest number not in use.
QString nextEntryId(const Nominal& n);
struct NewEntry;
// A new chronology entry with its checks and audit row, in the caller's transaction;
// returns its id.
Result<QString> appendNewEntry(ServiceContext& ctx, const Session& session, const QString& ref, const NewEntry& entry);
// What the bundle reader checks a record or a registration against: this database's users
// and the policy's vocabularies. A failure to read a user is left in `failure`.
BundleContext readingContext(ServiceContext& ctx, const Policy& policy, QString& failure);
// The team of a user (the owner's team decides a sergeant's scope).
std::optional<QString> teamOf(ServiceContext& ctx, const QString& username);

} // namespace somdesk
