#pragma once

// The JSON shapes of static-scores.md: an OSP input object (the CLI's input file and the
// bundle's static_scores[].inputs) and the calculator's output object. One reader and one
// writer, so the command line, the bundle and the tests agree on every key.

#include "core/Result.h"
#include "core/scores/OspCalculator.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace somdesk {

namespace bundle {
struct JsonNode;
}

// The input keys, in the spec's table order.
QList<QString> ospInputKeys();

// Reads an input object. A missing key or null is a missing input (left for validation to
// report); a value of the wrong type, an unknown or duplicate key, a date that is not
// YYYY-MM-DD, a fractional or negative count is an error naming its path
// (`path` prefixes the key: "nominals[0].static_scores[1].inputs").
Result<OspInput> ospInputFromJson(const bundle::JsonNode& object, const QString& path);

// Parses a whole document (the CLI's --input file) into an input.
Result<OspInput> ospInputFromDocument(const QByteArray& utf8);

// The input as (key, JSON literal) pairs in table order; absent values are `null`.
QList<std::pair<QString, QByteArray>> ospInputJsonFields(const OspInput& input);

// The input as one compact JSON object, every key in table order (absent as null): how the store
// keeps a score's inputs. ospInputFromDocument reads it back.
QByteArray ospInputToJson(const OspInput& input);

// The command-line contract's output object (pretty, keys in the contract's order).
QByteArray ospOutcomeToJson(const OspOutcome& outcome);

// The result part of a stored score, {"osp_dc": ..., "osp_iic": ...}, the contract's two objects
// (bundle static_scores[].result), pretty-printed for a value nested `depth` levels deep.
QByteArray ospResultJson(const OspOutcome& outcome, int depth);

// A percentage to two decimals, as shown and written ("1.54", "0.00").
QString ospPercentText(double percent);

} // namespace somdesk
