#include "token_log_json.h"

#include "json/json_value.h"
#include "json/json_writer.h"

#include <utility>
#include <vector>

namespace engage {

namespace {

JsonValue number(qint64 value)
{
    return JsonValue::makeNumber(QString::number(value));
}

JsonValue optionalNumber(std::optional<qint64> value)
{
    return value ? number(*value) : JsonValue::makeNull();
}

JsonValue kidsJson(const TokenLogSummary& summary)
{
    std::vector<JsonValue> kids;
    for (const TokenLogSummary::KidCount& kid : summary.kids)
        kids.push_back(JsonValue::makeObject({
            {QStringLiteral("kid"), JsonValue::makeString(kid.kid)},
            {QStringLiteral("configured"), JsonValue::makeBool(kid.configured)},
            {QStringLiteral("tokens"), number(kid.tokens)},
            {QStringLiteral("accepted"), number(kid.accepted)},
            {QStringLiteral("rejected"), number(kid.rejected)},
            {QStringLiteral("signature_valid"), number(kid.signatureValid)},
            {QStringLiteral("latest_exp"), optionalNumber(kid.latestExp)},
            {QStringLiteral("count_error"), number(kid.error)},
        }));
    return JsonValue::makeArray(std::move(kids));
}

JsonValue lifetimesJson(const TokenLogSummary::Lifetimes& lifetimes)
{
    std::vector<JsonValue> bands;
    for (const TokenLogSummary::Lifetimes::Band& band : lifetimes.bands)
        bands.push_back(JsonValue::makeObject({
            {QStringLiteral("from"), number(band.fromSeconds)},
            {QStringLiteral("to"), optionalNumber(band.toSeconds)},
            {QStringLiteral("tokens"), number(band.tokens)},
        }));
    return JsonValue::makeObject({
        {QStringLiteral("measured"), number(lifetimes.measured)},
        {QStringLiteral("without_iat"), number(lifetimes.withoutIat)},
        {QStringLiteral("exp_before_iat"), number(lifetimes.expBeforeIat)},
        {QStringLiteral("min"), optionalNumber(lifetimes.minimum)},
        {QStringLiteral("median"), optionalNumber(lifetimes.median)},
        {QStringLiteral("max"), optionalNumber(lifetimes.maximum)},
        {QStringLiteral("median_approximate"), JsonValue::makeBool(lifetimes.medianApproximate)},
        {QStringLiteral("bands"), JsonValue::makeArray(std::move(bands))},
    });
}

} // namespace

QByteArray tokenLogJson(const TokenLogSummary& summary)
{
    std::vector<JsonValue::Member> reasons;
    for (const TokenLogSummary::ReasonCount& reason : summary.reasons)
        reasons.emplace_back(jwtReasonName(reason.reason), number(reason.tokens));
    std::vector<JsonValue::Member> hints;
    for (const TokenLogSummary::HintCount& hint : summary.hints)
        hints.emplace_back(jwtHintName(hint.code), number(hint.tokens));
    std::vector<JsonValue> extraValueKeys;
    for (const TokenLogSummary::ExtraValueKeyCount& key : summary.extraValueKeys)
        extraValueKeys.push_back(JsonValue::makeObject({
            {QStringLiteral("key"), JsonValue::makeString(key.key)},
            {QStringLiteral("mapped"), JsonValue::makeBool(key.mapped)},
            {QStringLiteral("tokens"), number(key.tokens)},
            {QStringLiteral("count_error"), number(key.error)},
        }));
    std::vector<JsonValue> mappedFields;
    for (const TokenLogSummary::MappedFieldCount& field : summary.mappedFields)
        mappedFields.push_back(JsonValue::makeObject({
            {QStringLiteral("key"), JsonValue::makeString(field.key)},
            {QStringLiteral("field"), JsonValue::makeString(field.field)},
            {QStringLiteral("filled"), number(field.filled)},
        }));
    std::vector<JsonValue> conclusions;
    for (const QString& conclusion : summary.conclusions)
        conclusions.push_back(JsonValue::makeString(conclusion));

    QByteArray json = toCompactJson(JsonValue::makeObject({
        {QStringLiteral("tokens"), number(summary.tokens)},
        {QStringLiteral("accepted"), number(summary.accepted)},
        {QStringLiteral("rejected"), number(summary.rejected)},
        {QStringLiteral("configured_mode"), JsonValue::makeString(summary.configuredMode)},
        {QStringLiteral("reasons"), JsonValue::makeObject(std::move(reasons))},
        {QStringLiteral("hints"), JsonValue::makeObject(std::move(hints))},
        {QStringLiteral("kids"), kidsJson(summary)},
        {QStringLiteral("tokens_without_kid"), number(summary.tokensWithoutKid)},
        {QStringLiteral("unknown_kid_tokens"), number(summary.unknownKidTokens)},
        {QStringLiteral("unknown_kids_approximate"),
         JsonValue::makeBool(summary.unknownKidsApproximate)},
        {QStringLiteral("extra_values_keys"), JsonValue::makeArray(std::move(extraValueKeys))},
        {QStringLiteral("extra_values_keys_approximate"),
         JsonValue::makeBool(summary.extraValueKeysApproximate)},
        {QStringLiteral("mapped_fields"), JsonValue::makeArray(std::move(mappedFields))},
        {QStringLiteral("lifetimes"), lifetimesJson(summary.lifetimes)},
        {QStringLiteral("conclusions"), JsonValue::makeArray(std::move(conclusions))},
        {QStringLiteral("canceled"), JsonValue::makeBool(summary.canceled)},
        {QStringLiteral("bytes_read"), number(summary.bytesRead)},
        {QStringLiteral("error"),
         summary.error ? JsonValue::makeString(*summary.error) : JsonValue::makeNull()},
    }));
    json.append('\n');
    return json;
}

} // namespace engage
