#pragma once

// The photo formats a record holds (bundle-format.md): JPEG or PNG, known by their first
// bytes. One definition for the bundle reader, the services and the registration form.

#include <QByteArray>

namespace somdesk {

enum class PhotoFormat { Unknown, Jpeg, Png };

inline PhotoFormat photoFormatOf(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        return PhotoFormat::Jpeg;
    }
    if (bytes.startsWith("\x89PNG\r\n\x1A\n")) {
        return PhotoFormat::Png;
    }
    return PhotoFormat::Unknown;
}

} // namespace somdesk
