#pragma once

#include "core/Domain.h"

namespace somdesk {

// The signed-in user. Obtained only from AuthService::signIn (or the init/demo paths);
// every service call takes it and checks the role and scope itself.
struct Session {
    QString username;
    QString name;
    std::optional<QString> collar;
    Role role = Role::Officer;
    QString area;
    QString team;
};

} // namespace somdesk
