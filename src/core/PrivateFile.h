#pragma once

// Files the program writes for people to take away (exports, reports): a new file only its
// owner can read (0600), written in the target's folder and renamed into place when
// complete, so a reader never sees half a file, an existing file's permissions are never
// inherited, and a symbolic link at the target is refused rather than followed.

#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace somdesk {

// `field` names the option in errors ("out: …").
Status writePrivateFile(const QString& path, const QByteArray& data, const QString& field);

// The bytes of `path`, read in bounded steps: more than `maxBytes` is refused ("<field>:
// larger than … MiB") without reading the rest, so a device or a huge file cannot
// exhaust memory.
Result<QByteArray> readBoundedFile(const QString& path, qint64 maxBytes, const QString& field);
// The same over an open device (standard input); `name` is what the message calls it.
Result<QByteArray> readBounded(QIODevice& device, qint64 maxBytes, const QString& field, const QString& name);

} // namespace somdesk
