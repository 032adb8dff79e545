#pragma once

#include <QStringList>

namespace somdesk {

// somdesk-cli osp --input FILE [--format json|table]: computes OSP/DC and OSP/IIC for one
// assessment (static-scores.md, "Command-line contract"). Needs no database, audits nothing.
// Exit 0 with a score, 2 with validation errors (the object lists them), 2 for a usage or
// input-format error, 1 when the file cannot be read.
int cmdOsp(const QStringList& args);

} // namespace somdesk
