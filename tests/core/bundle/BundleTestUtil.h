#pragma once

// Helpers shared by the bundle tests: the rich fixture, single-edit variants of it, a
// field-by-field description of a Bundle (Domain.h has no operator==), and contexts.

#include "core/Domain.h"
#include "core/Result.h"
#include "core/bundle/BundleContext.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace somdesk::test {

// tests/data/bundles/full.json as bytes.
QByteArray fullBundleJson();

// The fixture with one value replaced (or removed when value is undefined), addressed by a
// dotted path of keys and indices, e.g. "nominals.0.entries.2.at" (an index one past the end
// appends). Document order is kept, since errors are reported in document order.
QByteArray editedBundle(const QString& path, const QJsonValue& value);
QByteArray editedBundle(const QByteArray& json, const QString& path, const QJsonValue& value);

// Every field of a Bundle as "path=value" lines, so a difference shows as a text diff.
QString describe(const Bundle& bundle);

// Context with no database content and the default vocabulary.
BundleContext emptyContext();

// The error message of reading json, or "(ok)" when it reads.
QString readError(const QByteArray& json, const BundleContext& context = emptyContext());

} // namespace somdesk::test
