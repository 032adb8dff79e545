#pragma once

// The caseload as shown: sorted and filtered by text as every table is (CollatingProxyModel),
// and narrowed to one officer's cases when a supervisor picks one. The scope stays the whole
// caseload: narrowing only hides rows, so a hidden case is still the user's to act on.

#include "models/CollatingProxyModel.h"

namespace somdesk {

class CaseloadFilterModel : public CollatingProxyModel {
    Q_OBJECT

public:
    explicit CaseloadFilterModel(QObject* parent = nullptr);

    // The username whose cases are shown; empty: every officer's.
    void setOwner(const QString& username);
    QString owner() const { return m_owner; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_owner;
};

} // namespace somdesk
