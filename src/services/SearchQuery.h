#pragma once

#include <QString>

namespace somdesk {

// Turns what a user types (plain words, "quoted phrases", prefix*) into a safe FTS5
// query: every term is quoted, so FTS5 operators and column filters typed by the user
// are taken as text, never as syntax.
class SearchQuery {
public:
    static QString toFts5(const QString& userInput);
};

} // namespace somdesk
