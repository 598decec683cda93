#pragma once

#include "config/community_config.h"
#include "config/diagnostic.h"
#include "json/json_value.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace engage {

// docs/file-format.md: larger files are refused before they are parsed.
constexpr qsizetype maxConfigFileSize = 16 * 1024 * 1024;

struct ConfigReadResult
{
    // Set whenever the text is a JSON object, even with structural errors: values of a wrong
    // JSON type are left at their defaults and reported, everything else is kept.
    std::optional<CommunityConfig> config;
    // The parsed document, to locate diagnostics by their path.
    std::optional<JsonValue> document;
    // Size, syntax, format, version, member types and unknown members.
    Diagnostics diagnostics;
};

// Reads the structure of a configuration file (docs/file-format.md). The rules about values (modes,
// keys, mapping) are ConfigValidator's; loadConfig() runs both.
class ConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(engage::ConfigReader)

public:
    // What the JSON object is. The admin API's messaging_settings body (docs/api.md) holds the
    // file's signed_identities, extra_values_mapping and jwt_keys members plus updated_at, and
    // no format, version, community or catalogue: the same members are read by the same code.
    enum class Shape { ConfigurationFile, MessagingSettings };

    static ConfigReadResult read(QByteArrayView utf8, Shape shape = Shape::ConfigurationFile);

    // The unknown_member warning for a member of the object at `objectPath`.
    static Diagnostic unknownMemberWarning(const QString& objectPath,
                                           const JsonValue::Member& member);
    // config_too_large for an input of that size, or of an unknown size past the cap (a stream).
    static Diagnostic tooLarge(std::optional<qint64> size);
};

} // namespace engage
