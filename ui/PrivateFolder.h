#pragma once

// The desktop app's data folder (logs, backups, the demo database) made as private as the
// command line makes its files: the folder 0700, the log file 0600, and a umask that keeps
// every file the app creates to its owner. A permission is only ever taken away.

#include <QString>

namespace somdesk {

// Keeps group and others out of every file and folder created from now on (umask 077).
void restrictNewFiles();
// Creates `folder` (and its parents) and makes it 0700; false when it cannot be made.
bool preparePrivateFolder(const QString& folder);
// Creates `file` empty if missing, as 0600, and takes group and others' access from an
// existing one (a log the rotating sink then appends to).
bool preparePrivateFile(const QString& file);

} // namespace somdesk
