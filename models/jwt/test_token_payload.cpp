#include "jwt/test_token_payload.h"

#include "config/community_config.h"
#include "config/visitor_uuid_key.h"
#include "json/json_parser.h"
#include "json/json_writer.h"

#include <QSet>

#include <utility>
#include <vector>

namespace engage {

QString TestTokenPayload::example(const CommunityConfig& config)
{
    std::vector<JsonValue::Member> extraValues;
    QSet<QString> keys;
    for (const MappingRow& row : config.extraValuesMapping) {
        if (row.key.isEmpty() || isVisitorUuidKey(row.key) || keys.contains(row.key))
            continue;
        keys.insert(row.key);
        extraValues.emplace_back(row.key, JsonValue::makeString(QStringLiteral("example")));
    }
    const JsonValue payload = JsonValue::makeObject(
        {{QStringLiteral("uuid"), JsonValue::makeString(QStringLiteral("visitor-0001"))},
         {QStringLiteral("extra_values"), JsonValue::makeObject(std::move(extraValues))}});
    return QString::fromUtf8(toIndentedJson(payload));
}

TestTokenPayload::Reading TestTokenPayload::read(const QString& text)
{
    JsonParseResult parsed = parseJson(text.toUtf8());
    if (parsed.error) {
        return {std::nullopt, notValidJsonMessage(tr("The payload"), *parsed.error)};
    }
    return {std::move(parsed.value), QString()};
}

} // namespace engage
