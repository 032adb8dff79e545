#pragma once

// The services' internals, for the other files of the services layer and its own tests.
// ServiceContext.h includes store headers, which only targets linking the store can see,
// so the front ends cannot use this.

#include "services/ServiceContext.h"
#include "services/Services.h"

namespace somdesk {

class ServicesInternals {
public:
    static ServiceContext& of(Services& services) { return *services.m_ctx; }
};

} // namespace somdesk
