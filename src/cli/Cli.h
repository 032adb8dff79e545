#pragma once

#include <QStringList>

namespace somdesk {

// somdesk-cli: the headless front end. Each command parses its own options, calls the
// services, prints its result on stdout and returns 0; on failure it prints one line
// on stderr and returns non-zero (2 for usage errors).
class Cli {
public:
    int run(const QStringList& arguments);
};

} // namespace somdesk
