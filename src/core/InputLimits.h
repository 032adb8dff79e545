#pragma once

// The one table of input limits (bundle-format.md): the bundle reader, the services and
// the forms all check against these.

#include <QtGlobal>

namespace somdesk::limits {

// Free text (entry text, reasons, summaries), in characters (code points).
inline constexpr qsizetype kMaxText = 100'000;
// Names (family and given names, aliases, user names), in characters.
inline constexpr qsizetype kMaxName = 200;
// Identifiers (nominal ref, entry id, username): 1 to this many of A-Z a-z 0-9 _ . -
inline constexpr qsizetype kMaxIdentifier = 64;
inline constexpr const char* kIdentifierPattern = "^[A-Za-z0-9_.-]{1,64}$";
// A photo, decoded.
inline constexpr qsizetype kMaxPhotoBytes = 1024 * 1024;
// A dip sample's random seed: 0 to 2^53 - 1 (exact in a JSON number).
inline constexpr qint64 kMaxSeed = (qint64{1} << 53) - 1;
// A file given to the program (a bundle, a record, a policy, a manifest), in bytes: read
// at most this many plus one, so /dev/zero or a huge file is refused without being read.
// A force-wide bundle of 100,000 nominals is well under a quarter of it.
inline constexpr qint64 kMaxInputFileBytes = qint64{256} * 1024 * 1024;
// A purpose's reference number (a court case, a subject access request, an incident):
// letters and digits with / _ . - inside, 1 to this many characters.
inline constexpr qsizetype kMaxReference = 40;
// A disclosure's recipient (an organisation or office, never a person's name).
inline constexpr qsizetype kMaxRecipient = 100;

} // namespace somdesk::limits
