#pragma once

#include <Qt>

namespace somdesk {

// Item data roles shared by the models and their proxies.
enum ItemRole {
    SortRole = Qt::UserRole + 1, // a value that orders correctly (dates as QDate, risk as a number)
    RefRole,                     // the nominal reference of the row
    OwnerRole,                   // the username of the officer who owns the row's case
};

} // namespace somdesk
