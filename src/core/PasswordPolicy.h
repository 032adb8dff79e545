#pragma once

// The one password policy (docs/security.md, "Accounts, passwords and two-person rules"):
// every password somdesk accepts, at init, `user add`, `user passwd`, bundle import and in the
// app, passes this check. At least 12 characters, and not a common password: not one of a
// list of well-known passwords, nor a common word or keyboard run dressed up with digits,
// symbols or look-alike letters ("Password2026!", "P@ssw0rd1234", "qwertyuiop12"), nor
// the user's own name dressed up the same way.

#include <QByteArray>
#include <QString>

#include <optional>

namespace somdesk {

inline constexpr int kPasswordMinimumLength = 12;

// Why `password` (UTF-8) may not be the password of `username`, as a message naming `field`
// ("password: at least 12 characters"), or nullopt when it is acceptable.
std::optional<QString> passwordProblem(const QByteArray& password, const QString& username,
                                       const QString& field = QStringLiteral("password"));

} // namespace somdesk
