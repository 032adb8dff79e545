#pragma once

// Reads a case bundle (docs: /shared/design/bundle-format.md, docs/bundle-notes.md) and makes
// every check the format lists, and only those. The first error found is returned as
// Error::invalid with the message "<json path>: <what is wrong>".

#include "core/Domain.h"
#include "core/Result.h"
#include "core/bundle/BundleContext.h"
#include "core/casework/CaseworkRecord.h"

#include <QByteArray>

namespace somdesk {

class BundleReader {
public:
    static Result<Bundle> read(const QByteArray& json, const BundleContext& context);

    // One piece of casework (`somdesk-cli record`): an object of the shape of the matching
    // nominal list element; a missing "by" is the signed-in user, and a transfer's missing
    // "from" is left empty for the service to take the current owner. Paths start at the
    // object's keys ("date: must be a date YYYY-MM-DD").
    static Result<CaseworkRecord> readRecord(RecordKind kind, const QByteArray& json, const BundleContext& context,
                                             const QString& signedInUser);
    // One nominals[] element to register (`somdesk-cli register`), without its history lists
    // (absent or empty; one custody period may give the custody status). Paths start at the
    // element's keys ("date_of_birth: must be a date YYYY-MM-DD").
    static Result<Nominal> readRegistration(const QByteArray& json, const BundleContext& context);
    // One dip_samples[].records[] element with its findings only, {"items": [...]}
    // (`somdesk-cli dip-sample record`): officer, nominal and completed_at are refused, item
    // names must be the policy's. Paths start at the element's keys ("items[2].finding: ...").
    static Result<QList<DipItem>> readDipFindings(const QByteArray& json, const BundleContext& context);
    // {"released_on": DATE}
    static Result<QDate> readRelease(const QByteArray& json);
    // {"text", "proposed_risk_level", "rationale", "escalating"}
    static Result<NewConcern> readConcern(const QByteArray& json);
    // {} (an action that takes no input)
    static Status readEmpty(const QByteArray& json);
};

} // namespace somdesk
