#pragma once

#include "json/json_value.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace engage {

struct CommunityConfig;

// The payload of a test token signed in the workbench (engage-admin(1)): the example it starts
// from, and the text the person edited, read back as JSON.
class TestTokenPayload
{
    Q_DECLARE_TR_FUNCTIONS(engage::TestTokenPayload)

public:
    // A payload the verifier accepts, with an example value for each extra value the mapping
    // reads, so that a token signed with it shows its mapped fields at once. Indented JSON.
    static QString example(const CommunityConfig& config);

    struct Reading
    {
        std::optional<JsonValue> payload; // set exactly when problem is empty
        QString problem;                  // translated: why the text is not JSON
    };
    static Reading read(const QString& text);
};

} // namespace engage
