#pragma once

// What the database already holds, so the reader can check a bundle's references without
// depending on the store (core stays QtCore only). Callers wire these to repositories.

#include "core/Domain.h"
#include "core/bundle/BundleVocabulary.h"

#include <QString>

#include <functional>
#include <optional>

namespace somdesk {

struct BundleContext {
    // The database's user with this username; empty function = no users in the database.
    std::function<std::optional<User>(const QString& username)> existingUser;
    // Whether a nominal with this ref is in the database; empty function = none are.
    std::function<bool(const QString& ref)> refExists;
    BundleVocabulary vocabulary = defaultBundleVocabulary();
};

} // namespace somdesk
